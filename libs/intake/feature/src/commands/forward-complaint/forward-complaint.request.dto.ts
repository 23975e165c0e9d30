import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, ValidateNested } from 'class-validator';
import { FORWARD_TARGETS, type ForwardTarget } from '@aftersales/intake-domain';
import { LIMITS, Text, OneOf } from '@aftersales/platform';
import { NoteDto } from '../acknowledge-complaint/acknowledge-complaint.request.dto';

export class ForwardTargetDto {
  @OneOf(FORWARD_TARGETS, { example: 'supervisor' })
  target!: ForwardTarget;

  @ApiPropertyOptional({ example: 'sup-7' })
  @IsOptional()
  @Text(LIMITS.id)
  personId?: string;
}

export class ForwardDto extends NoteDto {
  @ApiProperty({ type: [ForwardTargetDto], description: 'IN-8: the supervisor and the sales assistant' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique((t: ForwardTargetDto) => t.target)
  @ValidateNested({ each: true })
  @Type(() => ForwardTargetDto)
  targets!: ForwardTargetDto[];
}
