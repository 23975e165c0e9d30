import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@aftersales/platform';

export class NoteDto {
  @ApiPropertyOptional({ example: 'Called the customer back; technician to call tomorrow', maxLength: LIMITS.text })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  note?: string;
}
