import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate, LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/assignment. */
export class AssignTechnicianDto {
  @Text(LIMITS.id, { example: 'tech-1', description: "The technician's user id (as registered under /technicians)" })
  technicianId!: string;

  @ApiProperty({ example: '2026-03-03', description: 'TR-2: the technician must hold a qualification for the product line in force on this date' })
  @IsLocalDate()
  plannedOn!: string;
}
