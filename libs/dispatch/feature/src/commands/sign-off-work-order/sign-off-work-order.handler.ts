import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler } from '../../use-case-kit';
import { SignOffWorkOrder } from './sign-off-work-order.command';

/** DI-5: The customer's sign-off (comment and satisfaction 1-5) or refusal to sign with a reason; it carries the digest of the order's content. */
@CommandHandler(SignOffWorkOrder)
export class SignOffWorkOrderHandler extends WorkOrderCommandHandler<SignOffWorkOrder> {
  decide({ id, request }: SignOffWorkOrder): WorkOrderCommand {
    return {
      type: 'SignOff',
      workOrderId: id,
      signOff:
        request.kind === 'signed'
          ? { kind: 'signed', signerName: request.signerName ?? '', comment: request.comment ?? null, satisfaction: request.satisfaction ?? 0 }
          : { kind: 'refused', reason: request.reason ?? '' },
      now: this.clock.now(),
    };
  }
}
