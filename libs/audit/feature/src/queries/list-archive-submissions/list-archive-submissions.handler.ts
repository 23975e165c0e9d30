import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { ARCHIVE_SUBMISSIONS, ArchiveSubmissions, ArchiveSubmissionView } from '../../use-case-kit';
import { ListArchiveSubmissions } from './list-archive-submissions.query';

/** The archive submissions list: the caller's tenant only, latest due first, every filter served by a declared index. */
@QueryHandler(ListArchiveSubmissions)
export class ListArchiveSubmissionsHandler implements IQueryHandler<ListArchiveSubmissions> {
  constructor(
    @Inject(ARCHIVE_SUBMISSIONS) private readonly archiveSubmissions: ArchiveSubmissions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caller, request }: ListArchiveSubmissions): Promise<Page<ArchiveSubmissionView>> {
    const conditions: DocumentFilter[] = [];
    if (request.status) conditions.push({ status: request.status });
    if (request.kind) conditions.push({ kind: request.kind });
    if (request.region) conditions.push({ region: request.region });
    if (request.overdue !== undefined) {
      const now = this.clock.now().toISOString();
      conditions.push(request.overdue ? { earliestOwedDueAt: { $ne: null, $lte: now } } : { $or: [{ earliestOwedDueAt: null }, { earliestOwedDueAt: { $gt: now } }] });
    }
    const reader = new TenantScopedReader(this.archiveSubmissions.collection(), caller.user.tenantId);
    return readPage(reader, allOf(conditions), { dueAt: -1, _id: 1 }, request);
  }
}
