import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, Max, Min, ValidateIf } from 'class-validator';
import { LIMITS, OptionalText } from '@aftersales/platform';

/** POST /work-orders/{id}/check-in. */
export class CheckInWorkOrderDto {
  @OptionalText(LIMITS.text, { example: '3F workshop, gate B', description: 'Where the technician is, as free text (this, or latitude and longitude)' })
  locationText?: string;

  @ApiPropertyOptional({ type: Number, minimum: -90, maximum: 90, example: 31.2304 })
  @ValidateIf((o: CheckInWorkOrderDto) => o.locationText === undefined || o.latitude !== undefined || o.longitude !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ type: Number, minimum: -180, maximum: 180, example: 121.4737 })
  @ValidateIf((o: CheckInWorkOrderDto) => o.locationText === undefined || o.latitude !== undefined || o.longitude !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number;
}
