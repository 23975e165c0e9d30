import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CalendarRegistry, daysBetween } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { ARCHIVE_SCHEDULE_POLICY, MAX_SCHEDULE_RANGE_DAYS, archiveSubmissionIdOf, expectedSubmissions } from '@aftersales/audit-domain';
import { ApiError, CALENDARS, FieldError, VALIDATION_FAILED, eventMetadata } from '@aftersales/platform';
import { ARCHIVE_SUBMISSIONS, ArchiveSubmissions, ArchiveSubmissionView } from '../../use-case-kit';
import { ScheduleArchiveSubmissions } from './schedule-archive-submissions.command';

/**
 * Opens every submission the archive schedule expects for the region's periods in [from, to), each
 * once: its id derives from tenant, region, kind and period, so an overlapping range again finds
 * those it opened before. Each Opened event carries the schedule's version (also the envelope's
 * policyVersion).
 */
@CommandHandler(ScheduleArchiveSubmissions)
export class ScheduleArchiveSubmissionsHandler implements ICommandHandler<ScheduleArchiveSubmissions> {
  constructor(
    @Inject(ARCHIVE_SUBMISSIONS) private readonly archiveSubmissions: ArchiveSubmissions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  // rule AU-3: expected submissions generated per period and region from the versioned schedule
  async execute({ caller, request }: ScheduleArchiveSubmissions): Promise<{ views: ArchiveSubmissionView[]; created: number; scheduleVersion: string }> {
    const errors: FieldError[] = [];
    if (!this.calendars.hasRegion(request.region)) errors.push({ field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` });
    const days = daysBetween(request.from, request.to);
    if (days <= 0 || days > MAX_SCHEDULE_RANGE_DAYS) errors.push({ field: 'to', code: 'out_of_range', message: `to must be after from, at most ${MAX_SCHEDULE_RANGE_DAYS} days` });
    if (errors.length > 0) throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', errors);

    const tenantId = caller.user.tenantId;
    const calendar = this.calendars.forRegion(request.region);
    const views: ArchiveSubmissionView[] = [];
    let created = 0;
    for (const expected of expectedSubmissions(ARCHIVE_SCHEDULE_POLICY, request.from, request.to)) {
      const archiveSubmissionId = archiveSubmissionIdOf(tenantId, request.region, expected);
      const { current } = await this.archiveSubmissions.read(tenantId, archiveSubmissionId);
      if (current.view) {
        views.push(current.view);
        continue;
      }
      const now = this.clock.now();
      const { view } = await this.archiveSubmissions.execute({
        id: archiveSubmissionId,
        tenantId,
        command: { type: 'Open', archiveSubmissionId, region: request.region, expected, openedBy: caller.user.id, now, calendar },
        metadata: { ...eventMetadata(caller, request.region), policyVersion: expected.scheduleVersion },
        now,
        expectedRevision: 'no_stream',
      });
      views.push(view as ArchiveSubmissionView);
      created += 1;
    }
    return { views, created, scheduleVersion: ARCHIVE_SCHEDULE_POLICY.version };
  }
}
