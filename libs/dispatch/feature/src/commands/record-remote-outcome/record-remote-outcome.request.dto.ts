import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { LIMITS, OptionalText } from '@aftersales/platform';

/** POST /work-orders/{id}/remote-attempt-outcome (DI-3). */
export class RecordRemoteOutcomeDto {
  @ApiProperty({ example: true, description: 'DI-3: resolved remotely (no visit; the order is handed over), or not (the on-site arrival is owed from now)' })
  @IsBoolean()
  resolved!: boolean;

  @OptionalText(LIMITS.text, { example: 'Reset the controller over the remote session' })
  note?: string;
}
