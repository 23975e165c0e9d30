import { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { setupOpenApi } from './openapi/openapi';

export const API_PREFIX = 'api/v1';

/** Everything an app needs after `NestFactory.create` and before `listen`. */
export function configureApp(app: INestApplication, info: { title: string; version: string }): void {
  app.useLogger(app.get(Logger));
  const http = app.getHttpAdapter().getInstance() as {
    disable?: (setting: string) => void;
    set?: (setting: string, value: unknown) => void;
  };
  http.disable?.('x-powered-by');
  // Positions and revisions are bigints; JSON has no bigint, so they travel as decimal strings.
  http.set?.('json replacer', (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  app.enableShutdownHooks();
  setupOpenApi(app, info.title, info.version);
}
