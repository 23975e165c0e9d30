import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/** The standalone's environment, validated at start (a bad value stops it, naming the variable). */
export class StandaloneConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  @Matches(/^[^\s]+$/, { message: 'HOST must be a host name or address without spaces' })
  HOST: string = '0.0.0.0';

  @IsString()
  @MinLength(1)
  DATA_DIR: string = './data';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** When unset, a secret is generated once and kept in DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;
}
