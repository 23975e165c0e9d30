import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { LIMITS, NullableText } from '@aftersales/platform';

/** POST /work-orders/{id}/extra-work-done. */
export class PerformExtraWorkDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  extraWorkNo!: number;

  @NullableText(LIMITS.text, { example: 'Seal worn on the drive side' })
  note?: string;
}
