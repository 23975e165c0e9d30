import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { LIMITS, OptionalText, Text } from '@aftersales/platform';

/** POST /technicians (TR-2). */
export class RegisterTechnicianDto {
  @Text(LIMITS.id, { example: 'tech-1', description: "The technician's user id (their token's subject): they read the orders assigned to this id" })
  technicianId!: string;

  @Text(LIMITS.name, { example: 'Wang Gong' })
  name!: string;

  @Text(LIMITS.id, { example: 'cn-east' })
  region!: string;

  @OptionalText(LIMITS.name, { example: 'Suzhou Service Partner Ltd', description: "A dealer's technician: the dealer's name" })
  employer?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "DI-2: the service outlet whose staff they are (registered under /outlets): only an outlet's staff are assigned to the orders given to it" })
  @IsOptional()
  @IsUUID()
  outletId?: string;
}
