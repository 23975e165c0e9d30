import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler } from '../../use-case-kit';
import { CloseWorkOrder } from './close-work-order.command';

/** Closing resolves the work order: on time, or late when its due time has passed. */
@CommandHandler(CloseWorkOrder)
export class CloseWorkOrderHandler extends WorkOrderCommandHandler<CloseWorkOrder> {
  decide({ id, request }: CloseWorkOrder): WorkOrderCommand {
    return { type: 'Close', workOrderId: id, resolution: request.resolution, now: this.clock.now() };
  }
}
