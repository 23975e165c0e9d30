import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthGuard, TOKEN_VERIFIER } from './auth/auth.guard';
import { AuthSettings } from './auth/auth.config';
import { TokenVerifier } from './auth/claims';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, SecretTokenVerifier } from './auth/jwt';
import { OidcTokenVerifier } from './auth/oidc';
import { MeController } from './auth/me.http.controller';
import { RouteRolesAudit } from './auth/route-roles.audit';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { createValidationPipe } from './errors/validation';
import { HealthController } from './health/health.http.controller';
import { ReadinessRegistry } from './health/readiness';
import { ProjectionHost } from './projections/projection-host';
import { CALENDARS, loadCalendars } from './calendar/calendars';
import { CALENDAR_SETTINGS, CalendarYears } from './calendar/calendar-years';
import { CalendarsController } from './calendar/calendars.http.controller';
import { DEADLINE_TICK_MS, DeadlineSchedulerHost } from './deadlines/deadline-scheduler-host';
import { BackgroundWork } from './lifecycle/background-work';
import { RELAY_LEASE_OPTIONS, RELAY_RECORDS, RelayHost, RelayLeaseOptions } from './relays/relay-host';
import { ConsumerHost } from './consumers/consumer-host';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { LoggingModule } from './logging/logging.module';
import { WriteProbeController } from './probes/write-probe.http.controller';
import { METRICS_SETTINGS, Metrics } from './metrics/metrics';

export interface PlatformOptions {
  /** Our own HS256 tokens' secret; needed unless `auth.oidc` names an issuer. */
  readonly jwtSecret?: string;
  /** The AUTH_* settings (loadAuthSettings): an OIDC issuer, the claim mapping; our own tokens' format when absent. */
  readonly auth?: AuthSettings;
  /** The longest token lifetime accepted (default 24 h, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS). */
  readonly jwtMaxLifetimeSeconds?: number;
  readonly logLevel: string;
  /** An operator's calendar overrides (JSON) replacing the bundled ones (libs/calendar). */
  readonly calendarOverridesFile?: string;
  /** How often deadline schedulers look for due deadlines (default 1000 ms). */
  readonly deadlineTickMs?: number;
  /** The relay lease (default 15 s, renewed every 5 s). */
  readonly relayLease?: RelayLeaseOptions;
  /** The service's name (`standalone` when absent): its consumer groups of platform topics are named after it. */
  readonly service?: string;
  /** Whether this process takes calendar publications and relays them (ADR 013; default true: the standalone). */
  readonly calendarPublisher?: boolean;
  /** How often published calendar years are read again from the documents (default 5000 ms; 0: never). */
  readonly calendarRefreshMs?: number;
  /** A port of its own for `/metrics` (METRICS_PORT); absent: the app's port. */
  readonly metricsPort?: number;
  readonly metricsHost?: string;
  /** Also relay each context's full record to `aftersales.<context>.record` for the audit service (distributed mode). */
  readonly relayRecords?: boolean;
}

/**
 * The Nest glue every service shares: auth, errors, validation, logs, health, idempotency.
 * Expects EVENT_STORE, CHECKPOINT_STORE, DOCUMENT_STORE, MESSAGE_BUS and CLOCK from the app's infrastructure module (a global module).
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      // CqrsModule: each use case's command or query goes through its CommandBus or QueryBus (issue 12);
      // durable events stay with the event store, relays and consumers, never its EventBus.
      imports: [DiscoveryModule, LoggingModule.forRoot(options.logLevel), CqrsModule.forRoot()],
      controllers: [HealthController, MeController, WriteProbeController, CalendarsController],
      providers: [
        ReadinessRegistry,
        ProjectionHost,
        DeadlineSchedulerHost,
        RelayHost,
        BackgroundWork,
        ConsumerHost,
        RouteRolesAudit,
        // Loaded eagerly: a bad overrides file stops start-up (ConfigError names the file and problem).
        { provide: CALENDARS, useValue: loadCalendars(options.calendarOverridesFile) },
        {
          provide: CALENDAR_SETTINGS,
          useValue: { service: options.service ?? 'standalone', publisher: options.calendarPublisher ?? true, refreshMs: options.calendarRefreshMs ?? 5000 },
        },
        CalendarYears,
        { provide: METRICS_SETTINGS, useValue: { port: options.metricsPort, host: options.metricsHost } },
        Metrics,
        { provide: DEADLINE_TICK_MS, useValue: options.deadlineTickMs ?? 1000 },
        { provide: RELAY_LEASE_OPTIONS, useValue: options.relayLease ?? { ttlMs: 15_000, renewMs: 5_000 } },
        { provide: RELAY_RECORDS, useValue: options.relayRecords ?? false },
        { provide: TOKEN_VERIFIER, useValue: tokenVerifierOf(options) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [ReadinessRegistry, ProjectionHost, DeadlineSchedulerHost, RelayHost, ConsumerHost, BackgroundWork, CALENDARS, CalendarYears, Metrics],
    };
  }
}

/** Tokens of the OIDC issuer when one is configured, else our own HS256 ones. */
function tokenVerifierOf(options: PlatformOptions): TokenVerifier {
  const maxLifetimeSeconds = options.jwtMaxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const auth = options.auth;
  if (auth?.oidc) return new OidcTokenVerifier({ ...auth.oidc, claims: auth.claims, clockSkewSeconds: auth.clockSkewSeconds, maxLifetimeSeconds });
  if (!options.jwtSecret) throw new Error('PlatformModule needs jwtSecret unless auth.oidc names an issuer');
  return new SecretTokenVerifier(options.jwtSecret, { maxLifetimeSeconds, claims: auth?.claims, clockSkewSeconds: auth?.clockSkewSeconds });
}
