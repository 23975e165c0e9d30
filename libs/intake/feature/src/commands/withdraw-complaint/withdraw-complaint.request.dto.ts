import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, Reason } from '@aftersales/platform';

export class ComplaintReasonDto {
  @ApiProperty({ example: 'The customer solved it with the manual', maxLength: LIMITS.text })
  @Reason()
  reason!: string;
}
