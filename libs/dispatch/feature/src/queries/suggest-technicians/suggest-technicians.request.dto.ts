import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsLocalDate } from '@aftersales/platform';

/** GET /dispatch/suggestions. */
export class SuggestTechniciansQuery {
  @ApiProperty({ format: 'uuid', description: 'The work order to staff' })
  @IsUUID()
  workOrderId!: string;

  @ApiProperty({ example: '2026-03-03', description: 'The planned date the qualification must be in force on (TR-2)' })
  @IsLocalDate()
  plannedOn!: string;
}
