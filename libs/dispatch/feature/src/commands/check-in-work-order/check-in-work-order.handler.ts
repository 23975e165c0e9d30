import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { CheckInWorkOrder } from './check-in-work-order.command';

/** DI-3: Check in on site with the time and the reported location (the assigned technician). */
@CommandHandler(CheckInWorkOrder)
export class CheckInWorkOrderHandler extends WorkOrderCommandHandler<CheckInWorkOrder> {
  decide({ caller, id, request }: CheckInWorkOrder): WorkOrderCommand {
    return {
      type: 'CheckIn',
      workOrderId: id,
      actor: actorOf(caller.user),
      location: request.latitude !== undefined && request.longitude !== undefined ? { kind: 'coordinates', latitude: request.latitude, longitude: request.longitude } : { kind: 'text', text: request.locationText ?? '' },
      now: this.clock.now(),
    };
  }
}
