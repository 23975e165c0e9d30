import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsInstantWithZone, LIMITS, OptionalText, Text } from '@aftersales/platform';

export class WorkOrderCustomerDto {
  @Text(LIMITS.id, { example: 'C-10086' })
  customerId!: string;

  @OptionalText(LIMITS.name, { example: '华东机械有限公司' })
  name?: string;

  @OptionalText(LIMITS.code, { example: '021-5555-0101' })
  phone?: string;
}

export class WorkOrderProductDto {
  @Text(LIMITS.code, { example: 'PX-200' })
  model!: string;

  @Text(LIMITS.code, { example: 'pumps', description: 'The product line a technician must be qualified for (TR-2)' })
  productLine!: string;

  @OptionalText(LIMITS.code, { example: 'SN-2026-000123' })
  serialNumber?: string;
}

/** Whose product and what work: what every request for a work order names (by phone, at an outlet). */
export class WorkOrderSubjectDto {
  @ApiProperty({ type: WorkOrderCustomerDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => WorkOrderCustomerDto)
  customer!: WorkOrderCustomerDto;

  @ApiProperty({ type: WorkOrderProductDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => WorkOrderProductDto)
  product!: WorkOrderProductDto;

  @Text(LIMITS.text, { example: 'Pump leaks at the shaft seal' })
  requestedWork!: string;
}

/** POST /work-orders: DI-1, a dispatcher's work order from a customer's phone request. */
export class CreateWorkOrderDto extends WorkOrderSubjectDto {
  @Text(LIMITS.id, { example: 'cn-east', description: 'A calendar region (business-hours arrival deadlines count its calendar)' })
  region!: string;

  @ApiPropertyOptional({ example: '2026-03-03T18:00:00+08:00', description: "DI-3: the customer's required arrival time; the policy's hours count when absent" })
  @IsOptional()
  @IsInstantWithZone()
  customerRequiredBy?: string;

  @OptionalText(LIMITS.code, { example: 'LEAK-SEAL', description: 'The fault reported: a second order on the same serial number and fault within the policy\'s look-back is linked as a revisit (first-time fix)' })
  faultCode?: string;

  @OptionalText(LIMITS.name, { example: 'Li Wei' })
  callerName?: string;

  @OptionalText(LIMITS.code, { example: '021-5555-0101' })
  callerPhone?: string;
}
