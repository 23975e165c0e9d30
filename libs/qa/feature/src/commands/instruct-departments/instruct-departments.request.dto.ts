import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, ValidateNested } from 'class-validator';
import { DEPARTMENTS, type Department } from '@aftersales/qa-domain';
import { LIMITS, Text } from '@aftersales/platform';

export class InstructionDto {
  @ApiProperty({ enum: DEPARTMENTS })
  @IsIn(DEPARTMENTS)
  department!: Department;

  @ApiProperty({ example: 'Check the packing line fixtures and report the solution' })
  @Text(LIMITS.longText)
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
