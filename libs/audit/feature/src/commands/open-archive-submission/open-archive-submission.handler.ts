import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { ArchiveSubmissionOpened } from '@aftersales/audit-domain';
import { ApiError, CALENDARS, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { ARCHIVE_SUBMISSIONS, ArchiveSubmissions, ArchiveSubmissionView } from '../../use-case-kit';
import { OpenArchiveSubmission } from './open-archive-submission.command';
import { OpenArchiveSubmissionDto } from './open-archive-submission.request.dto';

/** Opens an archive submission in a region the calendars know; its due time counts that region's working days. */
@CommandHandler(OpenArchiveSubmission)
export class OpenArchiveSubmissionHandler implements ICommandHandler<OpenArchiveSubmission> {
  constructor(
    @Inject(ARCHIVE_SUBMISSIONS) private readonly archiveSubmissions: ArchiveSubmissions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  async execute({ caller, request }: OpenArchiveSubmission): Promise<{ view: ArchiveSubmissionView; replayed: boolean }> {
    if (!this.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` },
      ]);
    }
    const archiveSubmissionId = idForCreate(caller, 'audit.archive-submission');
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.archiveSubmissions.read(caller.user.tenantId, archiveSubmissionId);
      if (current.view) {
        // The id comes from this user's Idempotency-Key: the first attempt stored the archive submission but
        // crashed before its response was recorded. The same request gets that archive submission, not a
        // second one; another request under the same key is refused as the interceptor would.
        const first = envelopes[0].data as Partial<ArchiveSubmissionOpened['data']>;
        if (canonicalJson(requestOf(first)) !== canonicalJson(requestOf(request))) {
          throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another archive submission');
        }
        return { view: current.view, replayed: true };
      }
    }
    const now = this.clock.now();
    const { view } = await this.archiveSubmissions.execute({
      id: archiveSubmissionId,
      tenantId: caller.user.tenantId,
      command: {
        type: 'Open',
        archiveSubmissionId,
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
    return { view: view as ArchiveSubmissionView, replayed: false };
  }
}

/** What a retry must repeat to be the same request: the fields the first attempt recorded. */
function requestOf(source: Partial<OpenArchiveSubmissionDto>): Partial<OpenArchiveSubmissionDto> {
  return { region: source.region, customerId: source.customerId, subject: source.subject };
}
