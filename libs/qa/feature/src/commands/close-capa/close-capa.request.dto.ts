import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS, OptionalText } from '@aftersales/platform';

export class CloseCapaDto {
  @ApiPropertyOptional()
  @OptionalText(LIMITS.longText)
  note?: string;
}
