import { LIMITS, OptionalText, PageQuery } from '@aftersales/platform';

/** GET /technicians. */
export class ListTechniciansQuery extends PageQuery {
  @OptionalText(LIMITS.id, { example: 'cn-east' })
  region?: string;

  @OptionalText(LIMITS.code, { example: 'pumps', description: 'Holds (or held) a qualification for this product line' })
  productLine?: string;
}
