import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, Reason } from '@aftersales/platform';

export class CancelCaseDto {
  @ApiProperty()
  @Reason(LIMITS.longText)
  reason!: string;
}
