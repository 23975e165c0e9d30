import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { LIMITS, NullableText, Text } from '@aftersales/platform';

export class CountedLineDto {
  @Text(LIMITS.id, { example: 'L1' })
  lineId!: string;

  @ApiProperty({ example: 2, minimum: 0, maximum: LIMITS.quantity })
  @IsInt()
  @Min(0)
  @Max(LIMITS.quantity)
  quantityReceived!: number;

  @NullableText(LIMITS.id, { type: String, nullable: true, example: 'SN-100', description: 'The serial on the goods received, null where none' })
  serialNumberReceived?: string | null;
}

/** POST /returns/{id}/receipts/count: the warehouse's count; a line not listed counts as none received. */
export class RecordCountDto {
  @ApiProperty({ type: [CountedLineDto], minItems: 1, maxItems: 200 })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CountedLineDto)
  lines!: CountedLineDto[];
}
