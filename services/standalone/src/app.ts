import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { configureApp, loadConfig, loadOrCreateSecret } from '@aftersales/platform';
import { StandaloneConfig } from './config';
import { StandaloneModule } from './standalone.module';

export const APP_VERSION = '0.1.0';

/** Builds the standalone app from the environment (used by main.ts and the e2e tests). */
export async function createStandaloneApp(env: NodeJS.ProcessEnv = process.env): Promise<{ app: INestApplication; config: StandaloneConfig }> {
  const config = loadConfig(StandaloneConfig, env);
  const dataDir = resolve(config.DATA_DIR);
  const jwtSecret = config.JWT_SECRET ?? loadOrCreateSecret(dataDir);
  const app = await NestFactory.create(StandaloneModule.forRoot({ dataDir, jwtSecret, logLevel: config.LOG_LEVEL }), {
    bufferLogs: true,
    // Keep-alive sockets would otherwise hold SIGTERM's drain open until clients hang up.
    forceCloseConnections: true,
  });
  configureApp(app, { title: 'aftersales (standalone)', version: APP_VERSION });
  return { app, config };
}
