import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { eventMetadata } from '@aftersales/platform';
import { RETURN_REQUESTS, ReturnFacts, ReturnRequests, ReturnRequestView, actorOf } from '../../use-case-kit';
import { preparePinnedWrite, returnRequestNotFound } from '../../return-request.aggregate';
import { lineRequests } from '../../return-line.request.dto';
import { AmendReturnLines } from './amend-return-lines.command';

/**
 * WR-1, WR-2: the lines as they are now, checked against the deliveries; a changed line voids the
 * signatures that covered it. Decided on the request as read and the customer's returns ledger,
 * reserved there, then written at the revision read (ReturnFacts.withinDeliveries): a racing change
 * of either is decided again.
 */
@CommandHandler(AmendReturnLines)
export class AmendReturnLinesHandler implements ICommandHandler<AmendReturnLines> {
  constructor(
    @Inject(RETURN_REQUESTS) private readonly aggregate: ReturnRequests,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly facts: ReturnFacts,
  ) {}

  async execute({ id, caller, request }: AmendReturnLines): Promise<ReturnRequestView> {
    const { tenantId } = caller.user;
    const known = (await this.aggregate.read(tenantId, id)).current.view;
    if (!known) throw returnRequestNotFound(id);
    const lines = lineRequests(request.lines);
    const metadata = eventMetadata(caller, known.region);
    // Decided first: a refusal throws before anything is reserved; unchanged lines write nothing.
    return this.facts.withinDeliveries({ tenantId, customerId: known.customerId, returnRequestId: id, lines, metadata }, (deliveries) =>
      preparePinnedWrite(this.aggregate, tenantId, id, metadata, () => ({ type: 'AmendLines', returnRequestId: id, lines, deliveries, by: actorOf(caller), now: this.clock.now() })),
    );
  }
}
