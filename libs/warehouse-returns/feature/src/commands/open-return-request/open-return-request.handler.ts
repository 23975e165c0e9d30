import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { ReturnRequestOpened } from '@aftersales/warehouse-returns-domain';
import { ApiError, CALENDARS, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { RETURN_REQUESTS, ReturnRequests, ReturnRequestView } from '../../use-case-kit';
import { OpenReturnRequest } from './open-return-request.command';
import { OpenReturnRequestDto } from './open-return-request.request.dto';

/** Opens a return request in a region the calendars know; its due time counts that region's working days. */
@CommandHandler(OpenReturnRequest)
export class OpenReturnRequestHandler implements ICommandHandler<OpenReturnRequest> {
  constructor(
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  async execute({ caller, request }: OpenReturnRequest): Promise<{ view: ReturnRequestView; replayed: boolean }> {
    if (!this.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` },
      ]);
    }
    const returnRequestId = idForCreate(caller, 'warehouse-returns.return-request');
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.returnRequests.read(caller.user.tenantId, returnRequestId);
      if (current.view) {
        // The id comes from this user's Idempotency-Key: the first attempt stored the return request but
        // crashed before its response was recorded. The same request gets that return request, not a
        // second one; another request under the same key is refused as the interceptor would.
        const first = envelopes[0].data as Partial<ReturnRequestOpened['data']>;
        if (canonicalJson(requestOf(first)) !== canonicalJson(requestOf(request))) {
          throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another return request');
        }
        return { view: current.view, replayed: true };
      }
    }
    const now = this.clock.now();
    const { view } = await this.returnRequests.execute({
      id: returnRequestId,
      tenantId: caller.user.tenantId,
      command: {
        type: 'Open',
        returnRequestId,
        region: request.region,
        customerId: request.customerId,
        subject: request.subject,
        openedBy: caller.user.id,
        now,
        calendar: this.calendars.forRegion(request.region),
      },
      metadata: eventMetadata(caller, request.region),
      now,
      expectedRevision: 'no_stream',
    });
    return { view: view as ReturnRequestView, replayed: false };
  }
}

/** What a retry must repeat to be the same request: the fields the first attempt recorded. */
function requestOf(source: Partial<OpenReturnRequestDto>): Partial<OpenReturnRequestDto> {
  return { region: source.region, customerId: source.customerId, subject: source.subject };
}
