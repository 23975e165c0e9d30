import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { LIMITS, OneOf, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/charges. */
export class RecordChargeDto {
  @Text(LIMITS.text, { example: 'Call-out fee' })
  description!: string;

  @OneOf(['free', 'charged'], { example: 'charged' })
  kind!: 'free' | 'charged';

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000, example: 15000, description: 'Integer minor units (fen for CNY)' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amountMinor!: number;

  @ApiProperty({ pattern: '^[A-Z]{3}$', example: 'CNY' })
  @IsString()
  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}
