import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { LIMITS, Text } from '@aftersales/platform';

/** POST /warehouse-returns/return-requests. */
export class OpenReturnRequestDto {
  @ApiProperty({ example: 'cn-east', description: 'A calendar region (its working days and time zone count the due time)' })
  @IsString()
  @MaxLength(LIMITS.id)
  region!: string;

  @Text(LIMITS.id, { example: 'C-10086', maxLength: LIMITS.id })
  customerId!: string;

  @Text(LIMITS.text, { example: 'Pump leaks at the seal', maxLength: LIMITS.text })
  subject!: string;
}
