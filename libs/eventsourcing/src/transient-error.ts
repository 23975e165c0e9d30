// Shared by every MessageBus adapter (a transient failure is retried without counting toward a
// message's attempts); transient-error.spec.ts runs the table in transient-error-cases.json.

/** Node socket errors of a peer that is away for the moment. */
const TRANSIENT_SYSCALL_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);

/** Driver errors that say the server could not be reached or answered too late, not that the request was wrong. */
const TRANSIENT_NAMES = new Set([
  // mongodb / mongoose
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoPoolClearedError',
  'MongoWaitQueueTimeoutError',
  'MongoStalePrimaryError',
  // @eventstore/db-client
  'UnavailableError',
  'DeadlineExceededError',
  'NotLeaderError',
]);

/** Mongo server error labels the driver itself retries on. */
const TRANSIENT_MONGO_LABELS = ['RetryableWriteError', 'TransientTransactionError'];

/** PostgreSQL: class 08 (connection exception), 57P01-57P03 (shutting down, cannot connect now), 53300 (too many connections). */
const TRANSIENT_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** Clients that report a lost connection with a message only (pg, pg-pool, mongoose's buffering). */
const TRANSIENT_MESSAGES = [/connection terminated unexpectedly/i, /connection terminated due to connection timeout/i, /timeout exceeded when trying to connect/i, /buffering timed out after/i];

/**
 * Whether `err` (or what it wraps: cause, originalError, aggregated errors) is an infrastructure
 * failure that goes away by itself: a database or broker briefly unreachable. A consumer retries
 * such a failure without counting it toward maxAttempts, so an outage does not dead-letter good
 * messages. A closed store or client (shutdown) is not transient, nor is anything else.
 */
export function isTransientError(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 8) return false;
  const e = err as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    retriable?: unknown;
    errorLabels?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
  };
  const name = typeof e.name === 'string' ? e.name : '';
  if (TRANSIENT_NAMES.has(name)) return true;
  // kafkajs marks what it would retry itself; only its own errors are trusted with the flag.
  if (name.startsWith('KafkaJS') && e.retriable === true) return true;
  if (typeof e.code === 'string' && (TRANSIENT_SYSCALL_CODES.has(e.code) || TRANSIENT_SQLSTATE.test(e.code))) return true;
  if (Array.isArray(e.errorLabels) && e.errorLabels.some((label) => TRANSIENT_MONGO_LABELS.includes(label as string))) return true;
  if (typeof e.message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  if (isTransientError(e.cause, depth + 1) || isTransientError(e.originalError, depth + 1)) return true;
  return Array.isArray(e.errors) && e.errors.some((inner) => isTransientError(inner, depth + 1));
}
