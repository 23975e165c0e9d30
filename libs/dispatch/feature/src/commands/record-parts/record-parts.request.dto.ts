import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { PART_MOVEMENTS } from '@aftersales/dispatch-domain';
import type { PartMovement } from '@aftersales/dispatch-domain';
import { LIMITS, OneOf, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/parts. */
export class RecordPartsDto {
  @OneOf(PART_MOVEMENTS, { example: 'issued' })
  movement!: PartMovement;

  @Text(LIMITS.code, { example: 'SEAL-9' })
  partNumber!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1_000_000, example: 2 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.quantity)
  quantity!: number;
}
