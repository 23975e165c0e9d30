import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { LIMITS, OneOf, OptionalText } from '@aftersales/platform';

/** POST /work-orders/{id}/sign-off. */
export class SignOffWorkOrderDto {
  @OneOf(['signed', 'refused'], { example: 'signed' })
  kind!: 'signed' | 'refused';

  @ApiPropertyOptional({ maxLength: LIMITS.name, example: 'Li Wei', description: 'Required when signed' })
  @ValidateIf((o: SignOffWorkOrderDto) => o.kind === 'signed')
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  signerName?: string;

  @OptionalText(LIMITS.text, { example: 'Quick and tidy' })
  comment?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, example: 5, description: 'Required when signed' })
  @ValidateIf((o: SignOffWorkOrderDto) => o.kind === 'signed')
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number;

  @ApiPropertyOptional({ maxLength: LIMITS.text, example: 'Disputes the call-out fee', description: 'Required when refused' })
  @ValidateIf((o: SignOffWorkOrderDto) => o.kind === 'refused')
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.text)
  reason?: string;
}
