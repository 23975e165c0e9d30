import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LIMITS, Reason } from '@aftersales/platform';

/** POST /technicians/{technicianId}/outlet (DI-2). */
export class ChangeTechnicianOutletDto {
  @ApiProperty({ format: 'uuid', description: 'DI-2: the open outlet of the technician\'s region whose staff they join (registered under /outlets)' })
  @IsUUID()
  outletId!: string;

  @Reason(LIMITS.text, { example: 'The Suzhou counter is short of staff' })
  reason!: string;
}
