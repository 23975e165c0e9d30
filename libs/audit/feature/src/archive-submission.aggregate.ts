import { Inject } from '@nestjs/common';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage } from '@aftersales/platform';
import {
  AUDIT,
  ARCHIVE_SUBMISSION_EVENT_TYPES,
  AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX,
  ArchiveSubmissionCommand,
  ArchiveSubmissionEvent,
  ArchiveSubmissionObligation,
  ArchiveSubmissionState,
  archiveSubmissionDecider,
  archiveSubmissionObligationChanges,
} from '@aftersales/audit-domain';
import { ArchiveSubmissionView, applyToArchiveSubmissionView } from './archive-submission-view';

export const ARCHIVE_SUBMISSIONS_COLLECTION = 'audit.archive-submissions';

export function archiveSubmissionNotFound(archiveSubmissionId: string): NotFoundError {
  return new NotFoundError(AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND, `archive submission ${archiveSubmissionId} does not exist`, { archiveSubmissionId });
}

/** The archive submission, declared once: the platform derives its write path, reads, list and deadlines. */
export const archiveSubmissionAggregate: AggregateDefinition<ArchiveSubmissionCommand, ArchiveSubmissionEvent, ArchiveSubmissionState, ArchiveSubmissionView> = {
  context: 'audit',
  streamPrefix: AUDIT_ARCHIVE_SUBMISSION_STREAM_PREFIX,
  eventTypes: ARCHIVE_SUBMISSION_EVENT_TYPES,
  decider: archiveSubmissionDecider,
  notFound: archiveSubmissionNotFound,
  obligations: {
    changes: archiveSubmissionObligationChanges,
    missed: (archiveSubmissionId, obligation, now) => ({ type: 'MarkDeadlineMissed', archiveSubmissionId, obligation: obligation as ArchiveSubmissionObligation, now }),
  },
  view: {
    collection: ARCHIVE_SUBMISSIONS_COLLECTION,
    // Bump the version when applyToArchiveSubmissionView changes what it stores: the projection rebuilds.
    projection: { name: 'audit-archive-submissions', version: 2 },
    apply: applyToArchiveSubmissionView,
    // Every filter and sort of the list is served by one of these, each leading with the tenant.
    indexes: [
      { fields: { tenantId: 1, dueAt: -1 } },
      { fields: { tenantId: 1, status: 1, dueAt: -1 } },
      { fields: { tenantId: 1, region: 1, dueAt: -1 } },
      { fields: { tenantId: 1, kind: 1, dueAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
    ],
  },
};

/** The provider token of the archive submission aggregate (platform provideAggregate). */
export const ARCHIVE_SUBMISSIONS = Symbol('audit.ArchiveSubmissions');

export type ArchiveSubmissions = Aggregate<ArchiveSubmissionCommand, ArchiveSubmissionEvent, ArchiveSubmissionState, ArchiveSubmissionView>;

/** Every lifecycle command's handler: says how its request becomes the archive submission command (platform AggregateCommandHandler). */
export abstract class ArchiveSubmissionCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, ArchiveSubmissionCommand, ArchiveSubmissionView> {
  constructor(
    @Inject(ARCHIVE_SUBMISSIONS) protected readonly aggregate: ArchiveSubmissions,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }
}
