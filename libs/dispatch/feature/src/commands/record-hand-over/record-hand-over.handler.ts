import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordHandOver } from './record-hand-over.command';

/** DI-4: Hand the equipment over to the customer; the follow-up call is due from here (DI-8). */
@CommandHandler(RecordHandOver)
export class RecordHandOverHandler extends WorkOrderCommandHandler<RecordHandOver> {
  decide({ caller, id, request }: RecordHandOver): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'hand_over', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
