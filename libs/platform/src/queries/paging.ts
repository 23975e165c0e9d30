import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DocumentCollection, DocumentFilter, DocumentSort, EventEnvelope, StoredDocument } from '@aftersales/eventsourcing';
import { ApiError } from '../errors/api-error';
import { FIELD, REQUEST } from '../errors/codes';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value);

/** The paging every list endpoint takes: `page` from 1, `pageSize` up to 100. Query DTOs extend it. */
export class PageQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 10000 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/**
 * Totals are counted up to this many matches: a count reads every match, and an exact total of a
 * hundred thousand would make each list request cost time in proportion to the data
 * (ARCHITECTURE.md "Delivery"). Beyond it, `total` is this number and `totalExact` false ("1000+").
 */
export const TOTAL_COUNT_LIMIT = 1_000;

/**
 * The deepest a page may reach (page × pageSize): skipping costs time in proportion to what is
 * skipped, so deeper reading narrows the filters (a date range, a status) instead.
 */
export const MAX_PAGE_WINDOW = 10_000;

export interface Page<T> {
  readonly items: T[];
  readonly page: number;
  readonly pageSize: number;
  /** Matches, counted up to TOTAL_COUNT_LIMIT (or up to the end of this page, when it lies further). */
  readonly total: number;
  /** False when there are more matches than `total` says. */
  readonly totalExact: boolean;
}

/** The conditions as one filter: none, the one, or their `$and`. */
export function allOf(conditions: readonly DocumentFilter[]): DocumentFilter {
  return conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: [...conditions] };
}

/**
 * One page of the documents a reader sees and the total that match: a tenant's (a TenantScopedReader),
 * or a collection that is no tenant's own (the audit log's verifications: the log is every tenant's).
 */
export async function readPage<T extends StoredDocument>(reader: Pick<DocumentCollection<T>, 'find' | 'count'>, filter: DocumentFilter, sort: DocumentSort, query: PageQuery): Promise<Page<T>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const skip = (page - 1) * pageSize;
  if (skip + pageSize > MAX_PAGE_WINDOW) {
    throw ApiError.badRequest(REQUEST.VALIDATION_FAILED, `page × pageSize may reach item ${MAX_PAGE_WINDOW} at most; narrow the filters to read further`, [
      { field: 'page', code: FIELD.PAGE_TOO_DEEP, message: `page × pageSize must be at most ${MAX_PAGE_WINDOW}` },
    ]);
  }
  // One more than the limit tells whether there are more; a page past the limit counts up to its end.
  const limit = Math.max(TOTAL_COUNT_LIMIT, skip + pageSize) + 1;
  const [items, counted] = await Promise.all([reader.find(filter, { sort, skip, limit: pageSize }), reader.count(filter, { limit })]);
  const totalExact = counted < limit;
  return { items, page, pageSize, total: totalExact ? counted : limit - 1, totalExact };
}

/** One stored event as a timeline shows it (who, when, what, under which policy). */
export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly revision: string;
  readonly occurredAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly policyVersion: string | null;
  readonly data: unknown;
}

export function toTimeline(envelopes: readonly EventEnvelope[]): TimelineEntry[] {
  return envelopes.map((e) => ({
    eventId: e.id,
    type: e.type,
    revision: e.revision.toString(),
    occurredAt: e.occurredAt,
    actor: e.actor,
    correlationId: e.correlationId,
    causationId: e.causationId,
    policyVersion: e.policyVersion,
    data: e.data,
  }));
}
