import { OneOf } from '@aftersales/platform';
import { CUSTOMER_CHOICES, CustomerChoice } from '@aftersales/warehouse-returns-domain';

/** POST /returns/{id}/outcome. */
export class RecordOutcomeDto {
  @OneOf(CUSTOMER_CHOICES, { example: 'refund' })
  choice!: CustomerChoice;
}
