import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';

const wholeNumber = (digits: number) =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && new RegExp(`^\\d{1,${digits}}$`).test(value) ? Number(value) : value));

/** Every `host:port` of a comma-separated list has a port from 1 to 65535. */
function BrokerPortsInRange(options: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'brokerPortsInRange',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value.split(',').every((broker) => {
            const port = Number(broker.trim().slice(broker.trim().lastIndexOf(':') + 1));
            return Number.isInteger(port) && port >= 1 && port <= 65535;
          }),
      },
    });
}

/**
 * The database a mongodb:// URL names, if any (the path after the hosts, before `?`), decoded.
 * Null when the URL names none.
 */
export function mongoDatabaseOf(url: string): string | null {
  const match = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(url);
  if (!match || match[1] === '') return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** MongoDB's rules for a database name (and at most 63 bytes, which also holds on Atlas). */
export function mongoDatabaseNameProblem(name: string): string | null {
  if (/[./\\ "$*<>:|?\0]/.test(name)) return `database name ${JSON.stringify(name)} may not contain . / \\ space " $ * < > : | ? or NUL`;
  if (Buffer.byteLength(name) > 63) return `database name ${JSON.stringify(name)} is longer than 63 bytes`;
  return null;
}

/** The database named by MONGO_URL, if any, is one MongoDB accepts. */
function MongoDatabaseNameValid(options: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'mongoDatabaseNameValid',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        ...options,
        message: (args: ValidationArguments) => {
          const name = typeof args.value === 'string' ? mongoDatabaseOf(args.value) : null;
          return `MONGO_URL names a database MongoDB refuses: ${name === null ? 'not a valid name' : mongoDatabaseNameProblem(name)}`;
        },
      },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return true;
          const name = mongoDatabaseOf(value);
          return name === null || mongoDatabaseNameProblem(name) === null;
        },
      },
    });
}

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

  /** A port of its own for `GET /metrics` (Prometheus), e.g. one the public ingress does not route; unset: the app's PORT. */
  @IsOptional()
  @wholeNumber(5)
  @Min(0)
  @Max(65535)
  @IsInt({ message: 'METRICS_PORT must be a whole number from 0 to 65535' })
  METRICS_PORT?: number;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /**
   * Shared by every service of a deployment (tokens are checked by each); no generated fallback here.
   * Not needed with AUTH_ISSUER: tokens are then the issuer's, checked by its keys (AuthConfig).
   */
  @ValidateIf((c: DistributedConfig) => c.AUTH_ISSUER === undefined)
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  // class-validator checks the last decorator first; stopAtFirstError then reports this one.
  @IsString({ message: 'JWT_SECRET is required in distributed mode' })
  JWT_SECRET?: string;

  /** Read here only to tell whether JWT_SECRET is needed; checked with the other AUTH_* variables by AuthConfig. */
  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string;

  /** The longest lifetime a bearer token may have (exp − iat), in seconds; default 24 h. */
  @wholeNumber(9)
  @Min(60)
  @Max(31_536_000)
  @IsInt({ message: 'JWT_MAX_LIFETIME_SECONDS must be a whole number of seconds from 60 to 31536000' })
  JWT_MAX_LIFETIME_SECONDS: number = 86_400;

  /** `postgres` (a PostgreSQL server, PG_URL) or `eventstoredb` (EVENTSTORE_URL). */
  @IsIn(['postgres', 'eventstoredb'], { message: 'EVENT_STORE must be postgres or eventstoredb' })
  EVENT_STORE: 'postgres' | 'eventstoredb' = 'postgres';

  @ValidateIf((c: DistributedConfig) => c.EVENT_STORE === 'postgres' || c.READ_MODELS === 'postgres')
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'PG_URL must be a postgres:// URL when EVENT_STORE=postgres or READ_MODELS=postgres' })
  @IsString({ message: 'PG_URL is required when EVENT_STORE=postgres or READ_MODELS=postgres' })
  PG_URL?: string;

  /**
   * Where the service's read models and checkpoints live: `mongo` (MONGO_URL, the default) or
   * `postgres` (JSONB documents in READ_MODELS_SCHEMA on PG_URL's server, ADR 010; a projection's
   * batch then commits with its checkpoint).
   */
  @IsIn(['mongo', 'postgres'], { message: 'READ_MODELS must be mongo or postgres' })
  READ_MODELS: 'mongo' | 'postgres' = 'mongo';

  /** The schema of the service's read models with READ_MODELS=postgres; `<service>_read_models` when unset. */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,47}$/, { message: 'READ_MODELS_SCHEMA must be a lower-case SQL identifier of at most 48 characters' })
  READ_MODELS_SCHEMA?: string;

  /** One schema per deployment: every service of it appends to its own streams there. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'PG_SCHEMA must be a lower-case SQL identifier' })
  PG_SCHEMA: string = 'aftersales';

  @ValidateIf((c: DistributedConfig) => c.EVENT_STORE === 'eventstoredb')
  @Matches(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\/\S+$/, { message: 'EVENTSTORE_URL must be an esdb:// connection string when EVENT_STORE=eventstoredb' })
  @IsString({ message: 'EVENTSTORE_URL is required when EVENT_STORE=eventstoredb' })
  EVENTSTORE_URL?: string;

  /** The service's read models and their checkpoints; the database is `aftersales-<service>` when the URL names none. */
  @ValidateIf((c: DistributedConfig) => c.READ_MODELS !== 'postgres')
  @MongoDatabaseNameValid({})
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'MONGO_URL must be a mongodb:// URL' })
  @IsString({ message: 'MONGO_URL is required in distributed mode unless READ_MODELS=postgres' })
  MONGO_URL?: string;

  /** Comma-separated host:port list, ports from 1 to 65535. */
  @BrokerPortsInRange({ message: 'KAFKA_BROKERS needs a port from 1 to 65535 for every broker' })
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

  /** Calendar overrides (JSON) replacing the bundled ones. */
  @IsOptional()
  @IsString()
  CALENDAR_OVERRIDES_FILE?: string;

  /**
   * How often published calendar years are read again from the service's read models (what another
   * instance consumed), in milliseconds; 0: only what this instance consumes (ADR 013).
   */
  @wholeNumber(7)
  @Min(0)
  @Max(3_600_000)
  @IsInt({ message: 'CALENDAR_REFRESH_MS must be a whole number of milliseconds from 0 to 3600000' })
  CALENDAR_REFRESH_MS: number = 5000;

  /** How often due deadlines are looked for, in milliseconds. */
  @wholeNumber(7)
  @Min(10)
  @Max(3_600_000)
  @IsInt({ message: 'DEADLINE_TICK_MS must be a whole number of milliseconds from 10 to 3600000' })
  DEADLINE_TICK_MS: number = 1000;

  /**
   * How long the relay lease lasts unrenewed (renewed every third of it): another instance takes
   * over the relay this long after the holder dies without a clean shutdown.
   */
  @wholeNumber(7)
  @Min(300)
  @Max(600_000)
  @IsInt({ message: 'RELAY_LEASE_TTL_MS must be a whole number of milliseconds from 300 to 600000' })
  RELAY_LEASE_TTL_MS: number = 15_000;

  brokers(): string[] {
    return this.KAFKA_BROKERS.split(',').map((b) => b.trim());
  }
}
