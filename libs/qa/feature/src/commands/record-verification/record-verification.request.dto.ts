import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { VERIFICATION_RESULTS, type VerificationResult } from '@aftersales/qa-domain';
import { IsLocalDate, LIMITS, OptionalText, Text } from '@aftersales/platform';

/** QA-4: one later shipment checked for the problem. */
export class VerificationDto {
  @ApiProperty({ example: 'SHP-2026-0410' })
  @Text(LIMITS.id)
  shipmentId!: string;

  @ApiPropertyOptional({ example: 'LOT-77' })
  @OptionalText(LIMITS.id)
  lotId?: string;

  @ApiProperty({ example: '2026-04-10' })
  @IsLocalDate()
  checkedOn!: string;

  @ApiProperty({ enum: VERIFICATION_RESULTS })
  @IsIn(VERIFICATION_RESULTS)
  result!: VerificationResult;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  note?: string;
}
