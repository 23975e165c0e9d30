import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordLeadCheck } from './record-lead-check.command';

/** DI-4: Record the service lead's check (a dispatcher). */
@CommandHandler(RecordLeadCheck)
export class RecordLeadCheckHandler extends WorkOrderCommandHandler<RecordLeadCheck> {
  decide({ caller, id, request }: RecordLeadCheck): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'lead_check', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
