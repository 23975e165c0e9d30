import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { RatioAlertOpened } from '@aftersales/finance-ratio-domain';
import { ApiError, CALENDARS, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { RATIO_ALERTS, RatioAlerts, RatioAlertView } from '../../use-case-kit';
import { OpenRatioAlert } from './open-ratio-alert.command';
import { OpenRatioAlertDto } from './open-ratio-alert.request.dto';

/** Opens a ratio alert in a region the calendars know; its due time counts that region's working days. */
@CommandHandler(OpenRatioAlert)
export class OpenRatioAlertHandler implements ICommandHandler<OpenRatioAlert> {
  constructor(
    @Inject(RATIO_ALERTS) private readonly ratioAlerts: RatioAlerts,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  async execute({ caller, request }: OpenRatioAlert): Promise<{ view: RatioAlertView; replayed: boolean }> {
    if (!this.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` },
      ]);
    }
    const ratioAlertId = idForCreate(caller, 'finance-ratio.ratio-alert');
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.ratioAlerts.read(caller.user.tenantId, ratioAlertId);
      if (current.view) {
        // The id comes from this user's Idempotency-Key: the first attempt stored the ratio alert but
        // crashed before its response was recorded. The same request gets that ratio alert, not a
        // second one; another request under the same key is refused as the interceptor would.
        const first = envelopes[0].data as Partial<RatioAlertOpened['data']>;
        if (canonicalJson(requestOf(first)) !== canonicalJson(requestOf(request))) {
          throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another ratio alert');
        }
        return { view: current.view, replayed: true };
      }
    }
    const now = this.clock.now();
    const { view } = await this.ratioAlerts.execute({
      id: ratioAlertId,
      tenantId: caller.user.tenantId,
      command: {
        type: 'Open',
        ratioAlertId,
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
    return { view: view as RatioAlertView, replayed: false };
  }
}

/** What a retry must repeat to be the same request: the fields the first attempt recorded. */
function requestOf(source: Partial<OpenRatioAlertDto>): Partial<OpenRatioAlertDto> {
  return { region: source.region, customerId: source.customerId, subject: source.subject };
}
