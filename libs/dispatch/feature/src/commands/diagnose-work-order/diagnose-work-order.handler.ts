import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { DiagnoseWorkOrder } from './diagnose-work-order.command';

/** DI-4: Record the diagnosis (the assigned technician). */
@CommandHandler(DiagnoseWorkOrder)
export class DiagnoseWorkOrderHandler extends WorkOrderCommandHandler<DiagnoseWorkOrder> {
  decide({ caller, id, request }: DiagnoseWorkOrder): WorkOrderCommand {
    return { type: 'AdvanceJob', workOrderId: id, step: 'diagnose', actor: actorOf(caller.user), note: request.note ?? null, policy: this.context.policy, now: this.clock.now() };
  }
}
