import { randomUUID } from 'node:crypto';

export const CORRELATION_HEADER = 'x-correlation-id';
const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is safe to echo, else a new one. */
export function correlationIdFromHeaders(headers: Record<string, string | string[] | undefined>): string {
  const given = headers[CORRELATION_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && SAFE.test(value) ? value : randomUUID();
}

/** pino-http stores the id it generated on `req.id`; fall back to the header for early failures. */
export function correlationIdOf(request: { id?: unknown; headers: Record<string, string | string[] | undefined> }): string {
  return typeof request.id === 'string' ? request.id : correlationIdFromHeaders(request.headers);
}
