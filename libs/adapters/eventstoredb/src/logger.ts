import { pino } from 'pino';

/** The adapter's logging, pino-shaped (fields first, then the message); the service may pass its own. */
export interface EventStoreDbLogger {
  debug(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** JSON lines like the services' own logs, at the level they run with (LOG_LEVEL, default info). */
export function defaultLogger(): EventStoreDbLogger {
  return pino({ name: 'eventstoredb', level: process.env.LOG_LEVEL ?? 'info' });
}
