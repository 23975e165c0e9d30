import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthGuard, JWT_SECRET, TOKEN_POLICY } from './auth/auth.guard';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from './auth/jwt';
import { MeController } from './auth/me.http.controller';
import { RouteRolesAudit } from './auth/route-roles.audit';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { createValidationPipe } from './errors/validation';
import { HealthController } from './health/health.http.controller';
import { ReadinessRegistry } from './health/readiness';
import { ProjectionHost } from './projections/projection-host';
import { CALENDARS, loadCalendars } from './calendar/calendars';
import { DEADLINE_TICK_MS, DeadlineSchedulerHost } from './deadlines/deadline-scheduler-host';
import { BackgroundWork } from './lifecycle/background-work';
import { RELAY_LEASE_OPTIONS, RELAY_RECORDS, RelayHost, RelayLeaseOptions } from './relays/relay-host';
import { ConsumerHost } from './consumers/consumer-host';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { LoggingModule } from './logging/logging.module';
import { WriteProbeController } from './probes/write-probe.http.controller';

export interface PlatformOptions {
  readonly jwtSecret: string;
  /** The longest token lifetime accepted (default 24 h, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS). */
  readonly jwtMaxLifetimeSeconds?: number;
  readonly logLevel: string;
  /** An operator's calendar overrides (JSON) replacing the bundled ones (libs/calendar). */
  readonly calendarOverridesFile?: string;
  /** How often deadline schedulers look for due deadlines (default 1000 ms). */
  readonly deadlineTickMs?: number;
  /** The relay lease (default 15 s, renewed every 5 s). */
  readonly relayLease?: RelayLeaseOptions;
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
      controllers: [HealthController, MeController, WriteProbeController],
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
        { provide: DEADLINE_TICK_MS, useValue: options.deadlineTickMs ?? 1000 },
        { provide: RELAY_LEASE_OPTIONS, useValue: options.relayLease ?? { ttlMs: 15_000, renewMs: 5_000 } },
        { provide: RELAY_RECORDS, useValue: options.relayRecords ?? false },
        { provide: JWT_SECRET, useValue: options.jwtSecret },
        { provide: TOKEN_POLICY, useValue: { maxLifetimeSeconds: options.jwtMaxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [ReadinessRegistry, ProjectionHost, DeadlineSchedulerHost, RelayHost, ConsumerHost, BackgroundWork, CALENDARS],
    };
  }
}
