import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordFinalQc } from './record-final-qc.command';

/** DI-4: Record final QC (100%, quality). */
@CommandHandler(RecordFinalQc)
export class RecordFinalQcHandler extends WorkOrderCommandHandler<RecordFinalQc> {
  decide({ caller, id, request }: RecordFinalQc): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'final_qc', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
