import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/extra-work-consent. */
export class RecordExtraWorkConsentDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  extraWorkNo!: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  granted!: boolean;

  @Text(LIMITS.name, { example: 'Li Wei', description: 'Who consented or refused for the customer' })
  customerName!: string;
}
