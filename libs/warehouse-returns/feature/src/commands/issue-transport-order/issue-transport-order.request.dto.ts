import { LIMITS, NullableText, Text } from '@aftersales/platform';

/** POST /returns/{id}/transport-orders. */
export class IssueTransportOrderDto {
  @Text(LIMITS.name, { example: 'SF Express' })
  carrier!: string;

  @NullableText(LIMITS.id, { type: String, nullable: true, example: 'drv-7', description: 'The driver who collects, when known' })
  driverId?: string | null;

  @Text(LIMITS.text, { example: 'Warehouse 3, 88 Binjiang Rd, Hangzhou' })
  pickupAddress!: string;
}
