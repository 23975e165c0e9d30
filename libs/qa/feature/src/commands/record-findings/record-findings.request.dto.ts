import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { LIMITS, OptionalRefs, OptionalText, Text, OneOf } from '@aftersales/platform';

export class FindingsDto {
  @OneOf(DEPARTMENTS)
  department!: Department;

  @Text(LIMITS.longText, { example: 'Fixture edge worn; scratches the panel when packed' })
  findings!: string;

  @OptionalText(LIMITS.longText, { example: 'Replace the fixture; inspect panels before packing' })
  solution?: string;

  @OptionalText(LIMITS.longText, {})
  preventiveMeasures?: string;

  @OptionalRefs(LIMITS.refs, { type: [String], example: ['att-photo-7'] })
  evidenceRefs?: string[];
}
