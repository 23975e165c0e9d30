import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate, LIMITS, Text } from '@aftersales/platform';

/** POST /technicians/{technicianId}/qualifications (TR-2). */
export class AddQualificationDto {
  @Text(LIMITS.code, { example: 'pumps' })
  productLine!: string;

  @Text(LIMITS.code, { example: 'CERT-2026-001' })
  certificateNo!: string;

  @ApiProperty({ example: '2026-01-01', description: 'The first day it is valid' })
  @IsLocalDate()
  issuedOn!: string;

  @ApiProperty({ example: '2027-12-31', description: 'The last day it is valid' })
  @IsLocalDate()
  expiresOn!: string;
}
