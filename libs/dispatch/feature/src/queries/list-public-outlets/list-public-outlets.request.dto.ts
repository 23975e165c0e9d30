import { LIMITS, OptionalText, PageQuery } from '@aftersales/platform';

/** GET /outlets/public/{tenantId}. */
export class ListPublicOutletsQuery extends PageQuery {
  @OptionalText(LIMITS.id, { example: 'cn-east' })
  region?: string;
}
