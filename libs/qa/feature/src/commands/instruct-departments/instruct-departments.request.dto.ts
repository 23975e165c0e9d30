import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, ValidateNested } from 'class-validator';
import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { LIMITS, Text, OneOf } from '@aftersales/platform';

export class InstructionDto {
  @OneOf(DEPARTMENTS)
  department!: Department;

  @Text(LIMITS.longText, { example: 'Check the packing line fixtures and report the solution' })
  instruction!: string;
}

export class InstructDto {
  @ApiProperty({ type: [InstructionDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(DEPARTMENTS.length)
  @ArrayUnique((i: InstructionDto) => i?.department, { message: 'instructions must name each department once' })
  @ValidateNested({ each: true })
  @Type(() => InstructionDto)
  instructions!: InstructionDto[];
}
