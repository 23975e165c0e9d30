import { ApiProperty } from '@nestjs/swagger';
import { VERIFICATION_RESULTS, type VerificationResult } from '@aftersales/qa-domain';
import { IsLocalDate, LIMITS, OptionalText, Text, OneOf } from '@aftersales/platform';

/** QA-4: one later shipment checked for the problem. */
export class VerificationDto {
  @Text(LIMITS.id, { example: 'SHP-2026-0410' })
  shipmentId!: string;

  @OptionalText(LIMITS.id, { example: 'LOT-77' })
  lotId?: string;

  @ApiProperty({ example: '2026-04-10' })
  @IsLocalDate()
  checkedOn!: string;

  @OneOf(VERIFICATION_RESULTS)
  result!: VerificationResult;

  @OptionalText(LIMITS.longText, {})
  note?: string;
}
