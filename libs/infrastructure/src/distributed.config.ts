import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const wholeNumber = (digits: number) =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && new RegExp(`^\\d{1,${digits}}$`).test(value) ? Number(value) : value));

/**
 * A service's environment in distributed mode (ARCHITECTURE.md "Two ways to run"), validated at
 * start: a bad or missing value stops the process, naming the variable (passwords hidden).
 */
export class DistributedConfig {
  /** Digits only: `0x10` or `1e3` are typos, not ports. 0 picks a free port. */
  @wholeNumber(5)
  @Min(0)
  @Max(65535)
  @IsInt({ message: 'PORT must be a whole number from 0 to 65535' })
  PORT: number = 3000;

  @IsString()
  @Matches(/^[^\s]+$/, { message: 'HOST must be a host name or address without spaces' })
  HOST: string = '0.0.0.0';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Shared by every service of a deployment (tokens are checked by each); no generated fallback here. */
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  // class-validator checks the last decorator first; stopAtFirstError then reports this one.
  @IsString({ message: 'JWT_SECRET is required in distributed mode' })
  JWT_SECRET!: string;

  /** `postgres` (a PostgreSQL server, PG_URL) or `eventstoredb` (EVENTSTORE_URL). */
  @IsIn(['postgres', 'eventstoredb'], { message: 'EVENT_STORE must be postgres or eventstoredb' })
  EVENT_STORE: 'postgres' | 'eventstoredb' = 'postgres';

  @ValidateIf((c: DistributedConfig) => c.EVENT_STORE === 'postgres')
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'PG_URL must be a postgres:// URL when EVENT_STORE=postgres' })
  @IsString({ message: 'PG_URL is required when EVENT_STORE=postgres' })
  PG_URL?: string;

  /** One schema per deployment: every service of it appends to its own streams there. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'PG_SCHEMA must be a lower-case SQL identifier' })
  PG_SCHEMA: string = 'aftersales';

  @ValidateIf((c: DistributedConfig) => c.EVENT_STORE === 'eventstoredb')
  @Matches(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\/\S+$/, { message: 'EVENTSTORE_URL must be an esdb:// connection string when EVENT_STORE=eventstoredb' })
  @IsString({ message: 'EVENTSTORE_URL is required when EVENT_STORE=eventstoredb' })
  EVENTSTORE_URL?: string;

  /** The service's read models and their checkpoints; the database is `aftersales-<service>` when the URL names none. */
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'MONGO_URL must be a mongodb:// URL' })
  @IsString({ message: 'MONGO_URL is required in distributed mode' })
  MONGO_URL!: string;

  /** Comma-separated host:port list. */
  @Matches(/^[^\s,]+:\d{1,5}(,[^\s,]+:\d{1,5})*$/, { message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  @IsString({ message: 'KAFKA_BROKERS is required in distributed mode' })
  KAFKA_BROKERS!: string;

  /** Names the process to the brokers; the service name when unset. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'KAFKA_CLIENT_ID may hold letters, digits, ".", "_" and "-"' })
  KAFKA_CLIENT_ID?: string;

  /** Partitions of the topics this service creates: the most instances of a consumer group that share work. */
  @wholeNumber(4)
  @Min(1)
  @Max(1000)
  @IsInt({ message: 'KAFKA_TOPIC_PARTITIONS must be a whole number from 1 to 1000' })
  KAFKA_TOPIC_PARTITIONS: number = 6;

  @wholeNumber(2)
  @Min(1)
  @Max(10)
  @IsInt({ message: 'KAFKA_REPLICATION_FACTOR must be a whole number from 1 to 10' })
  KAFKA_REPLICATION_FACTOR: number = 1;

  /** The intake policy document (YAML or JSON); the default policy when unset. */
  @IsOptional()
  @IsString()
  POLICY_FILE?: string;

  /** Calendar overrides (JSON) replacing the bundled ones. */
  @IsOptional()
  @IsString()
  CALENDAR_OVERRIDES_FILE?: string;

  /** How often due deadlines are looked for, in milliseconds. */
  @wholeNumber(7)
  @Min(10)
  @Max(3_600_000)
  @IsInt({ message: 'DEADLINE_TICK_MS must be a whole number of milliseconds from 10 to 3600000' })
  DEADLINE_TICK_MS: number = 1000;

  brokers(): string[] {
    return this.KAFKA_BROKERS.split(',').map((b) => b.trim());
  }
}
