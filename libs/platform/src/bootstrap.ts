import { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { bigintAsString } from './idempotency/idempotency.interceptor';
import { setupOpenApi } from './openapi/openapi';
import { configureRequestReading } from './http/request-reading';
import { configureMetrics } from './metrics/http-metrics';
import { shutdownTracing } from './tracing/tracing';

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
  // First, so a request refused while it is read is timed too.
  configureMetrics(app);
  configureRequestReading(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  setupOpenApi(app, info);
}

/** A repeat of the shutdown signal within this long of the first is the same request, not an insistence. */
export const REPEATED_SIGNAL_GRACE_MS = 2_000;

/**
 * SIGTERM/SIGINT drain: stop taking connections, finish what is in flight, close the adapters
 * (Nest's shutdown hooks), then exit 0. A drain longer than `timeoutMs` exits 1. A second signal
 * within REPEATED_SIGNAL_GRACE_MS of the first is ignored (Ctrl-C sends SIGINT to the whole process
 * group, and a supervising script forwards it again); one after that exits 1 at once.
 * (Nest's own enableShutdownHooks re-raises the signal instead of exiting 0.)
 */
export function exitOnShutdownSignals(app: INestApplication, timeoutMs = 30_000, options: { graceMs?: number; exit?: (code: number) => void } = {}): void {
  const graceMs = options.graceMs ?? REPEATED_SIGNAL_GRACE_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let firstAt: number | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstAt !== null) {
      if (Date.now() - firstAt < graceMs) return;
      process.stderr.write(`aftersales: ${signal} received again while draining, exiting now\n`);
      exit(1);
      return;
    }
    firstAt = Date.now();
    process.stderr.write(`aftersales: ${signal} received, draining\n`);
    setTimeout(() => {
      process.stderr.write(`aftersales: drain took longer than ${timeoutMs} ms, exiting\n`);
      exit(1);
    }, timeoutMs).unref();
    app
      .close()
      // Spans still buffered go out before the process ends (a no-op with tracing off; ADR 016).
      .then(() => shutdownTracing().catch((err: unknown) => process.stderr.write(`aftersales: could not flush traces: ${String(err)}\n`)))
      .then(
        () => exit(0),
        (err: unknown) => {
          process.stderr.write(`aftersales: shutdown failed: ${String(err)}\n`);
          exit(1);
        },
      );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
