import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SEVERITIES, type Severity } from '@aftersales/intake-domain';
import { LIMITS, Text } from '@aftersales/platform';
import { ComplaintReasonDto } from '../withdraw-complaint/withdraw-complaint.request.dto';

export class EscalateDto extends ComplaintReasonDto {
  @Text(LIMITS.code, { example: 'business_head', description: 'Who it is reported to (IN-7)', maxLength: LIMITS.code })
  to!: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;
}
