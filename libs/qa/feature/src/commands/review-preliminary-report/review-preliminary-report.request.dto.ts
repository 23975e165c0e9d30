import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { LIMITS, OptionalText } from '@aftersales/platform';

export class ReviewDto {
  @ApiProperty({ description: 'true approves; false rejects (a note is then required)' })
  @IsBoolean()
  approve!: boolean;

  @OptionalText(LIMITS.longText, {})
  note?: string;
}
