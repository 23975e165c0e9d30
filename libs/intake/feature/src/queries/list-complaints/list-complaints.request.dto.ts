import { ACCEPTANCE_KINDS, CATEGORIES, SEVERITIES, STATUSES } from '@aftersales/intake-domain';
import type { AcceptanceKind, Category, ComplaintStatus, Severity } from '@aftersales/intake-domain';
import { LIMITS, PageQuery, NullableText, OptionalInstant, OptionalOneOf, QueryFlag } from '@aftersales/platform';

export const SORTS = ['receivedAt', '-receivedAt', 'nextDueAt', '-nextDueAt', 'priority', '-updatedAt'] as const;
export type ComplaintSort = (typeof SORTS)[number];

/** GET /complaints: every filter is a typed value; none reaches the query language unchecked. */
export class ListComplaintsQuery extends PageQuery {
  @OptionalOneOf(STATUSES)
  status?: ComplaintStatus;

  @OptionalOneOf(CATEGORIES)
  category?: Category;

  @NullableText(LIMITS.id, { example: 'cn-east' })
  region?: string;

  @NullableText(LIMITS.id, { example: 'C-10086', description: 'Customer id' })
  customer?: string;

  @OptionalOneOf(SEVERITIES)
  severity?: Severity;

  @OptionalOneOf(ACCEPTANCE_KINDS)
  acceptance?: AcceptanceKind;

  @QueryFlag({ description: 'Owes an obligation whose due time has passed (IN-7, IN-8)' })
  overdue?: boolean;

  @QueryFlag({ description: 'IN-10 repeats only (or none)' })
  repeat?: boolean;

  @QueryFlag({ description: 'IN-9' })
  highPriority?: boolean;

  @OptionalInstant({ example: '2026-03-01T00:00:00+08:00', description: 'Received at or after' })
  receivedFrom?: string;

  @OptionalInstant({ example: '2026-04-01T00:00:00+08:00', description: 'Received before' })
  receivedTo?: string;

  @OptionalOneOf(SORTS, { default: '-receivedAt', description: '`priority`: high-priority first, then oldest first' })
  sort?: ComplaintSort;
}
