import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordSelfCheck } from './record-self-check.command';

/** DI-4: Record the technician's self-check. */
@CommandHandler(RecordSelfCheck)
export class RecordSelfCheckHandler extends WorkOrderCommandHandler<RecordSelfCheck> {
  decide({ caller, id, request }: RecordSelfCheck): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'self_check', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
