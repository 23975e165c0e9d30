import { DynamicModule, Module } from '@nestjs/common';
import { AuthSettings, PlatformModule, ProjectionsController } from '@aftersales/platform';
import { ContextSettings, contextModules } from './context-modules';
import { Clock } from '@aftersales/eventsourcing';
import { EmbeddedInfrastructureModule } from './embedded-infrastructure.module';

export interface StandaloneOptions {
  readonly dataDir: string;
  /** Our own tokens' secret; unused when `auth.oidc` names an issuer. */
  readonly jwtSecret?: string;
  readonly jwtMaxLifetimeSeconds?: number;
  /** The AUTH_* settings (an OIDC issuer, the claim mapping). */
  readonly auth?: AuthSettings;
  readonly logLevel: string;
  /** Each context's own settings (context-modules.ts); the defaults when absent. */
  readonly contexts?: ContextSettings;
  readonly calendarOverridesFile?: string;
  readonly deadlineTickMs?: number;
  readonly pgliteSharedBuffers?: string;
  /** A port of its own for `/metrics` (METRICS_PORT). */
  readonly metricsPort?: number;
  readonly metricsHost?: string;
  /** Replaces the system clock (tests move time by hand). */
  readonly clock?: Clock;
}

/** The composition root: every context module in one process on embedded adapters. */
@Module({})
export class StandaloneModule {
  static forRoot(options: StandaloneOptions): DynamicModule {
    return {
      module: StandaloneModule,
      // Rebuilding a read model empties documents every instance would read: only where one
      // process owns them (the standalone). A distributed service rebuilds by a projection version.
      controllers: [ProjectionsController],
      imports: [
        PlatformModule.forRoot({
          jwtSecret: options.jwtSecret,
          auth: options.auth,
          jwtMaxLifetimeSeconds: options.jwtMaxLifetimeSeconds,
          logLevel: options.logLevel,
          calendarOverridesFile: options.calendarOverridesFile,
          deadlineTickMs: options.deadlineTickMs,
          metricsPort: options.metricsPort,
          metricsHost: options.metricsHost,
        }),
        EmbeddedInfrastructureModule.forRoot({ dataDir: options.dataDir, clock: options.clock, sharedBuffers: options.pgliteSharedBuffers }),
        ...contextModules(options.contexts),
      ],
    };
  }
}
