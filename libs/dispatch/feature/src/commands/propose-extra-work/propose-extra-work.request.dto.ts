import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/extra-work. */
export class ProposeExtraWorkDto {
  @Text(LIMITS.text, { example: 'Replace the worn impeller as well' })
  description!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1_000_000_000, example: 30000, description: 'Estimate in integer minor units' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  estimateMinor?: number | null;
}
