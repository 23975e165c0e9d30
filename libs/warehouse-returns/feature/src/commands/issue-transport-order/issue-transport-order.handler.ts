import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, actorOf } from '../../use-case-kit';
import { IssueTransportOrder } from './issue-transport-order.command';

/** WR-4: The after-sales head issues the return transport order of an approved request. */
@CommandHandler(IssueTransportOrder)
export class IssueTransportOrderHandler extends ReturnRequestCommandHandler<IssueTransportOrder> {
  decide({ id, caller, request }: IssueTransportOrder): ReturnRequestCommand {
    return { type: 'IssueTransportOrder', returnRequestId: id, carrier: request.carrier, driverId: request.driverId ?? null, pickupAddress: request.pickupAddress, by: actorOf(caller), policy: this.loaded.policy, now: this.clock.now() };
  }
}
