import { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { bigintAsString } from './idempotency/idempotency.interceptor';
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
  http.set?.('json replacer', bigintAsString);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  setupOpenApi(app, info.title, info.version);
}

/**
 * SIGTERM/SIGINT drain: stop taking connections, finish what is in flight, close the adapters
 * (Nest's shutdown hooks), then exit 0. A second signal, or a drain longer than `timeoutMs`,
 * exits 1 at once. (Nest's own enableShutdownHooks re-raises the signal instead of exiting 0.)
 */
export function exitOnShutdownSignals(app: INestApplication, timeoutMs = 30_000): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    process.stderr.write(`aftersales: ${signal} received, draining\n`);
    setTimeout(() => {
      process.stderr.write(`aftersales: drain took longer than ${timeoutMs} ms, exiting\n`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`aftersales: shutdown failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
