import { LIMITS, OptionalOneOf, OptionalText, PageQuery } from '@aftersales/platform';

/** GET /outlets. */
export class ListOutletsQuery extends PageQuery {
  @OptionalText(LIMITS.id, { example: 'cn-east' })
  region?: string;

  @OptionalOneOf(['open', 'closed'])
  status?: 'open' | 'closed';
}
