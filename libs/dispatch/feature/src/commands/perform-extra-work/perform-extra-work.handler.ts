import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { PerformExtraWork } from './perform-extra-work.command';

/** DI-4: Record extra work done; refused without the customer's recorded consent. */
@CommandHandler(PerformExtraWork)
export class PerformExtraWorkHandler extends WorkOrderCommandHandler<PerformExtraWork> {
  decide({ caller, id, request }: PerformExtraWork): WorkOrderCommand {
    return { type: 'PerformExtraWork', workOrderId: id, extraWorkNo: request.extraWorkNo, note: request.note ?? null, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
