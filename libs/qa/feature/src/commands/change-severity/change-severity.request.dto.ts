import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SEVERITIES, type Severity } from '@aftersales/qa-domain';
import { LIMITS, Reason } from '@aftersales/platform';

export class SeverityDto {
  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ example: 'Three units of one lot affected' })
  @Reason(LIMITS.longText)
  reason!: string;
}
