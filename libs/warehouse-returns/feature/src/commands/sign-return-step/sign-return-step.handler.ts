import { CommandHandler } from '@nestjs/cqrs';
import { eventMetadata } from '@aftersales/platform';
import { RatioFigure, ReturnRequestCommand, linesFromDeliveries } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestFactsHandler, ReturnRequestView, actorOf } from '../../use-case-kit';
import { preparePinnedWrite, returnRequestNotFound } from '../../return-request.aggregate';
import { SignReturnStep } from './sign-return-step.command';

/** WR-2, WR-3, WR-7: a signature on the request's content by the step's role; the ratio check's step reads finance's latest figure for the customer first. */
@CommandHandler(SignReturnStep)
export class SignReturnStepHandler extends ReturnRequestFactsHandler<SignReturnStep, RatioFigure | null> {
  async gather({ caller, request }: SignReturnStep, current: ReturnRequestView): Promise<RatioFigure | null> {
    const step = this.loaded.policy.steps[current.reason].find((s) => s.id === request.step);
    return step?.ratioCheck ? this.facts.ratioFor(caller.user.tenantId, current.customerId) : null;
  }

  decide({ id, caller, request }: SignReturnStep, ratio: RatioFigure | null): ReturnRequestCommand {
    return { type: 'Sign', returnRequestId: id, step: request.step, comment: request.comment ?? '', by: actorOf(caller), policy: this.loaded.policy, ratio, now: this.clock.now() };
  }

  /**
   * rule WR-1: a request the ratio check refused takes nothing back meanwhile, so other requests may
   * have taken its quantities; the company leader's exception puts its lines back, and is therefore
   * checked against the deliveries and reserved in the customer's returns ledger like a new request.
   */
  override async execute(message: SignReturnStep): Promise<ReturnRequestView> {
    const { tenantId } = message.caller.user;
    const known = (await this.aggregate.read(tenantId, message.id)).current.view;
    if (!known) throw returnRequestNotFound(message.id);
    if (known.status !== 'refused' || message.request.step !== this.loaded.policy.exception.id) return super.execute(message);
    const lines = known.lines.map((l) => ({ lineId: l.lineId, sku: l.sku, serialNumber: l.serialNumber, quantity: l.quantity, deliveryDocument: l.deliveryDocument }));
    const metadata = eventMetadata(message.caller, known.region);
    const ratio = await this.gather(message, known);
    return this.facts.withinDeliveries({ tenantId, customerId: known.customerId, returnRequestId: message.id, lines, metadata }, (deliveries) =>
      preparePinnedWrite(
        this.aggregate,
        tenantId,
        message.id,
        metadata,
        () => this.decide(message, ratio),
        // Only a signature that puts a refused request's lines back is checked (the decider refused anything else).
        (events, current) => {
          if (current.status === 'refused' && events.length > 0) linesFromDeliveries(lines, deliveries);
        },
      ),
    );
  }
}
