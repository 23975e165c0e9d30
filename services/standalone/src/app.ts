import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { Clock } from '@aftersales/eventsourcing';
import { configureApp, loadAuthSettings, loadConfig, loadOrCreateSecret } from '@aftersales/platform';
import { StandaloneConfig } from './config';
import { contextSettings } from './context-modules';
import { StandaloneModule } from './standalone.module';

export const APP_VERSION = '0.1.0';

/** Builds the standalone app from the environment (used by main.ts and the e2e tests). */
export async function createStandaloneApp(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { clock?: Clock } = {},
): Promise<{ app: INestApplication; config: StandaloneConfig }> {
  const config = loadConfig(StandaloneConfig, env);
  const contexts = contextSettings(env);
  const dataDir = resolve(config.DATA_DIR);
  const auth = loadAuthSettings(env);
  // With an OIDC issuer (AUTH_ISSUER) no secret of ours signs anything: none is created.
  const jwtSecret = auth.oidc ? undefined : (config.JWT_SECRET ?? loadOrCreateSecret(dataDir));
  const app = await NestFactory.create(StandaloneModule.forRoot({
      dataDir,
      jwtSecret,
      auth,
      jwtMaxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS,
      logLevel: config.LOG_LEVEL,
      contexts,
      calendarOverridesFile: config.CALENDAR_OVERRIDES_FILE,
      deadlineTickMs: config.DEADLINE_TICK_MS,
      pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS,
      metricsPort: config.METRICS_PORT,
      metricsHost: config.HOST,
      clock: overrides.clock,
    }), {
    bufferLogs: true,
    // No forceCloseConnections: it would cut requests in flight. Node ≥ 19's server.close()
    // already drops idle keep-alive sockets and lets active requests finish (the drain).
  });
  configureApp(app, { title: 'aftersales (standalone)', version: APP_VERSION });
  return { app, config };
}
