import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DISPOSITIONS, type Disposition } from '@aftersales/qa-domain';
import { LIMITS, OptionalText } from '@aftersales/platform';

export class DispositionDto {
  @ApiProperty({ enum: DISPOSITIONS })
  @IsIn(DISPOSITIONS)
  disposition!: Disposition;

  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  note?: string;
}
