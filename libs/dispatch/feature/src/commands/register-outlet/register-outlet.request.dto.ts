import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { OUTLET_SCOPES } from '@aftersales/dispatch-domain';
import type { OutletScope } from '@aftersales/dispatch-domain';
import { LIMITS, OptionalText, Text } from '@aftersales/platform';

/** POST /outlets (DI-2). */
export class RegisterOutletDto {
  @Text(LIMITS.name, { example: 'Suzhou service point' })
  name!: string;

  @Text(LIMITS.id, { example: 'cn-east' })
  region!: string;

  @ApiProperty({ enum: OUTLET_SCOPES, isArray: true, minItems: 1, maxItems: 3, example: ['minor_repair', 'spare_parts'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(OUTLET_SCOPES, { each: true })
  scopes!: OutletScope[];

  @Text(LIMITS.text, { example: '88 Renmin Rd, Suzhou' })
  address!: string;

  @Text(LIMITS.code, { example: '0512-5555-0101', description: 'The contact published to customers' })
  contactPhone!: string;

  @OptionalText(LIMITS.name, { example: 'Mon-Sat 09:00-18:00' })
  openingHours?: string;
}
