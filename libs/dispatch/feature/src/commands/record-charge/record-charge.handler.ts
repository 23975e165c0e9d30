import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordCharge } from './record-charge.command';

/** DI-6: Record a free or charged item in integer minor units; after sign-off it invalidates the sign-off. */
@CommandHandler(RecordCharge)
export class RecordChargeHandler extends WorkOrderCommandHandler<RecordCharge> {
  decide({ caller, id, request }: RecordCharge): WorkOrderCommand {
    return { type: 'RecordCharge', workOrderId: id, description: request.description, kind: request.kind, amountMinor: request.amountMinor, currency: request.currency, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
