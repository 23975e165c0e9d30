import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { ProposeExtraWork } from './propose-extra-work.command';

/** DI-4: Propose extra work beyond the agreed scope; it proceeds only with the customer's recorded consent. */
@CommandHandler(ProposeExtraWork)
export class ProposeExtraWorkHandler extends WorkOrderCommandHandler<ProposeExtraWork> {
  decide({ caller, id, request }: ProposeExtraWork): WorkOrderCommand {
    return { type: 'ProposeExtraWork', workOrderId: id, description: request.description, estimateMinor: request.estimateMinor ?? null, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
