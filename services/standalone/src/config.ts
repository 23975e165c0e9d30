import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/**
 * The standalone's environment, validated at start (a bad value stops it, naming the variable).
 * Each context's own settings (its policy file) are its own config's (context-modules.ts).
 */
export class StandaloneConfig {
  /** Digits only: `0x10` or `1e3` are typos, not ports. 0 picks a free port. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : value))
  @Min(0)
  @Max(65535)
  // class-validator checks the last decorator first; stopAtFirstError then reports this one.
  @IsInt({ message: 'PORT must be a whole number from 0 to 65535' })
  PORT: number = 3000;

  @IsString()
  @Matches(/^[^\s]+$/, { message: 'HOST must be a host name or address without spaces' })
  HOST: string = '0.0.0.0';

  @IsString()
  @MinLength(1)
  DATA_DIR: string = './data';

  /** A port of its own for `GET /metrics` (Prometheus), e.g. one the public ingress does not route; unset: the app's PORT. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : value))
  @Min(0)
  @Max(65535)
  @IsInt({ message: 'METRICS_PORT must be a whole number from 0 to 65535' })
  METRICS_PORT?: number;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** When unset, a secret is generated once and kept in DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** The longest lifetime a bearer token may have (exp − iat), in seconds; default 24 h. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @Min(60)
  @Max(31_536_000)
  @IsInt({ message: 'JWT_MAX_LIFETIME_SECONDS must be a whole number of seconds from 60 to 31536000' })
  JWT_MAX_LIFETIME_SECONDS: number = 86_400;

  /** Calendar overrides (JSON) replacing the bundled ones: extra holidays, a year the package lacks. */
  @IsOptional()
  @IsString()
  CALENDAR_OVERRIDES_FILE?: string;

  /** PGlite's shared_buffers: its page cache inside the process (ADR 010: 32MB keeps an empty standalone small). */
  @Matches(/^[1-9]\d{0,5}(MB|GB)$/, { message: 'PGLITE_SHARED_BUFFERS must be a size of at least 1MB, such as 32MB or 256MB' })
  PGLITE_SHARED_BUFFERS: string = '32MB';

  /** How often due deadlines are looked for, in milliseconds. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : value))
  @Min(10)
  @Max(3_600_000)
  @IsInt({ message: 'DEADLINE_TICK_MS must be a whole number of milliseconds from 10 to 3600000' })
  DEADLINE_TICK_MS: number = 1000;
}
