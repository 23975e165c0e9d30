/**
 * The protocol error types anywhere in a kafkajs error's chain (cause, originalError, aggregated
 * errors): kafkajs wraps a broker's refusal (a retry's KafkaJSNumberOfRetriesExceeded, a batch's
 * aggregate), so the type that decides what to do is seldom on the error itself.
 */
export function errorTypes(err: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (typeof err !== 'object' || err === null || depth > 8) return into;
  const e = err as { type?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.type === 'string') into.add(e.type);
  errorTypes(e.cause, into, depth + 1);
  errorTypes(e.originalError, into, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) errorTypes(inner, into, depth + 1);
  return into;
}
