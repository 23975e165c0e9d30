import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, InvalidStateError, WrongExpectedRevisionError } from '@aftersales/eventsourcing';
import { ReturnRequestCommand, ReturnRequestOpened, WAREHOUSE_RETURNS, returnRequestDecider } from '@aftersales/warehouse-returns-domain';
import type { CalendarRegistry } from '@aftersales/calendar';
import { ApiError, CALENDARS, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { RETURN_REQUESTS, ReturnFacts, ReturnRequests, ReturnRequestView, actorOf } from '../../use-case-kit';
import { lineRequests } from '../../return-line.request.dto';
import { OpenReturnRequest } from './open-return-request.command';
import { OpenReturnRequestDto } from './open-return-request.request.dto';

/** WR-1: a return request entered by the after-sales section, its lines checked against finance's deliveries. */
@CommandHandler(OpenReturnRequest)
export class OpenReturnRequestHandler implements ICommandHandler<OpenReturnRequest> {
  constructor(
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    private readonly facts: ReturnFacts,
  ) {}

  async execute({ caller, request }: OpenReturnRequest): Promise<{ view: ReturnRequestView; replayed: boolean }> {
    if (!this.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` },
      ]);
    }
    const returnRequestId = idForCreate(caller, 'warehouse-returns.return-request');
    const earlier = caller.idempotencyKey ? await this.earlierAttempt(returnRequestId, caller, request) : null;
    if (earlier) return { view: earlier, replayed: true };
    const lines = lineRequests(request.lines);
    const metadata = eventMetadata(caller, request.region);
    const scope = { tenantId: caller.user.tenantId, customerId: request.customerId, returnRequestId, lines, metadata };
    // rule WR-1: decided on the customer's returns ledger, reserved there, then written (ReturnFacts.withinDeliveries).
    let view: ReturnRequestView | null;
    try {
      view = await this.facts.withinDeliveries(scope, async (deliveries) => {
      const now = this.clock.now();
      const command: ReturnRequestCommand = {
        type: 'Open',
        returnRequestId,
        region: request.region,
        customerId: request.customerId,
        reason: request.reason,
        source: { kind: 'after_sales' },
        lines,
        deliveries,
        note: request.note ?? null,
        customerChoice: null,
        by: actorOf(caller),
        now,
      };
      // Decided here first, so a refusal (more than delivered) throws before anything is reserved.
      const events = returnRequestDecider.decide(command, returnRequestDecider.initialState());
      return {
        requestRevision: BigInt(events.length - 1),
        write: async () => (await this.returnRequests.execute({ id: returnRequestId, tenantId: caller.user.tenantId, command, metadata, now, expectedRevision: 'no_stream' })).view,
        decideAgainOnConflict: false,
      };
      });
    } catch (err) {
      // The stream exists: the same Idempotency-Key's other attempt (another instance) wrote it first.
      if (!(err instanceof WrongExpectedRevisionError)) throw err;
      const first = caller.idempotencyKey ? await this.earlierAttempt(returnRequestId, caller, request) : null;
      if (first) return { view: first, replayed: true };
      throw new InvalidStateError(WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS, `return request ${returnRequestId} exists already`, { returnRequestId });
    }
    return { view: view as ReturnRequestView, replayed: false };
  }

  /**
   * The return request an earlier attempt under the same Idempotency-Key stored (it crashed before
   * its response was recorded, or another instance took it meanwhile): the same request gets it, not
   * a second one; another request under the same key is refused as the interceptor would.
   */
  private async earlierAttempt(returnRequestId: string, caller: OpenReturnRequest['caller'], request: OpenReturnRequestDto): Promise<ReturnRequestView | null> {
    const { envelopes, current } = await this.returnRequests.read(caller.user.tenantId, returnRequestId);
    if (!current.view) return null;
    const first = envelopes[0].data as ReturnRequestOpened['data'];
    if (canonicalJson(recorded(first)) !== canonicalJson(requestOf(request))) {
      throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another return request');
    }
    return current.view;
  }
}

/** What a retry must repeat to be the same request: the fields the first attempt recorded. */
function requestOf(source: OpenReturnRequestDto) {
  return { region: source.region, customerId: source.customerId, reason: source.reason, lines: lineRequests(source.lines), note: source.note ?? null };
}

function recorded(first: ReturnRequestOpened['data']) {
  const lines = first.lines.map((l) => ({ lineId: l.lineId, sku: l.sku, serialNumber: l.serialNumber, quantity: l.quantity, deliveryDocument: l.deliveryDocument }));
  return { region: first.region, customerId: first.customerId, reason: first.reason, lines, note: first.note };
}
