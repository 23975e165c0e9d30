// The retry rules every MessageBus adapter applies to a failing handler (ARCHITECTURE.md
// "Delivery"): a doubling backoff capped at maxRetryBackoffMs, dead-lettering once maxAttempts
// deliveries failed, and transient infrastructure errors (isTransientError) waited out with their
// own capped backoff without counting toward maxAttempts. Pure: the adapters do the waiting.
import { ConsumerOptions } from './message-bus';
import { isTransientError } from './transient-error';

/** Deliveries before a message is dead-lettered (ConsumerOptions.maxAttempts). */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** First retry delay, doubled per failed delivery (ConsumerOptions.retryBackoffMs). */
export const DEFAULT_RETRY_BACKOFF_MS = 100;
/** Doubling stops here, so a stuck partition is still retried at a useful rate and timers never overflow. */
export const DEFAULT_MAX_RETRY_BACKOFF_MS = 30_000;
/** Ceiling of the backoff between deliveries that failed on a transient error (bus option maxTransientBackoffMs). */
export const DEFAULT_MAX_TRANSIENT_BACKOFF_MS = 5_000;
/** Floor of the transient backoff: a handler failing at once on an outage must not spin. */
export const MIN_TRANSIENT_BACKOFF_MS = 50;

/** A consumer's retry rules, defaults applied (retryPolicyOf). */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly retryBackoffMs: number;
  readonly maxRetryBackoffMs: number;
  readonly maxTransientBackoffMs: number;
}

/**
 * The retry policy of a consume(): the consumer's options with their defaults, and the bus's
 * maxTransientBackoffMs (default DEFAULT_MAX_TRANSIENT_BACKOFF_MS). Throws on a maxAttempts that is
 * not a positive integer, a negative retryBackoffMs, or a maxRetryBackoffMs below retryBackoffMs.
 */
export function retryPolicyOf(
  options: Pick<ConsumerOptions, 'maxAttempts' | 'retryBackoffMs' | 'maxRetryBackoffMs'>,
  maxTransientBackoffMs: number = DEFAULT_MAX_TRANSIENT_BACKOFF_MS,
): RetryPolicy {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const retryBackoffMs = options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS;
  const maxRetryBackoffMs = options.maxRetryBackoffMs ?? Math.max(DEFAULT_MAX_RETRY_BACKOFF_MS, retryBackoffMs);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  if (!(retryBackoffMs >= 0)) throw new Error(`retryBackoffMs must not be negative, got ${retryBackoffMs}`);
  if (!(maxRetryBackoffMs >= retryBackoffMs)) throw new Error(`maxRetryBackoffMs must be at least retryBackoffMs, got ${maxRetryBackoffMs}`);
  return { maxAttempts, retryBackoffMs, maxRetryBackoffMs, maxTransientBackoffMs };
}

/** The wait after the `failures`-th counted failure (1-based): retryBackoffMs doubled per failure, capped at maxRetryBackoffMs. */
export function retryDelayMs(policy: RetryPolicy, failures: number): number {
  return Math.min(policy.retryBackoffMs * 2 ** (failures - 1), policy.maxRetryBackoffMs);
}

/**
 * The wait after the `outage`-th transient failure in a row (1-based): from max(retryBackoffMs,
 * MIN_TRANSIENT_BACKOFF_MS), doubled per failure, capped at maxTransientBackoffMs (or that base
 * when it is longer).
 */
export function transientDelayMs(policy: RetryPolicy, outage: number): number {
  const base = Math.max(policy.retryBackoffMs, MIN_TRANSIENT_BACKOFF_MS);
  return Math.min(base * 2 ** Math.min(outage - 1, 30), Math.max(policy.maxTransientBackoffMs, base));
}

/** What to do after a failed delivery (DeliveryAttempts.failed). */
export type RetryDecision =
  /** A transient error: wait `delayMs` and deliver again; `outage` counts the transient failures in a row. */
  | { readonly kind: 'transient'; readonly outage: number; readonly delayMs: number }
  /** A counted failure under maxAttempts: wait `delayMs` and deliver again. */
  | { readonly kind: 'retry'; readonly failures: number; readonly delayMs: number }
  /** The maxAttempts-th counted failure, or a permanent one: dead-letter the message with `failures` as its attempts. */
  | { readonly kind: 'dead-letter'; readonly failures: number };

/**
 * Whether a failure says the message itself is wrong, so that no redelivery can turn out
 * otherwise: an error carrying `permanent: true` (e.g. CONTRACT.SCHEMA_VIOLATION, a payload that
 * breaks its contract). Such a message is dead-lettered at its first failure, not after maxAttempts.
 */
export function isPermanentFailure(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { permanent?: unknown }).permanent === true;
}

/**
 * The failures of one message's deliveries. Only failures that are not transient count toward
 * maxAttempts; a transient one (isTransientError) is retried on its own backoff, and a counted
 * failure ends the outage (the next transient one starts the transient backoff over). A permanent
 * one (isPermanentFailure) dead-letters the message at once.
 */
export class DeliveryAttempts {
  private failures = 0;
  private outage = 0;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly isTransient: (err: unknown) => boolean = isTransientError,
  ) {}

  failed(err: unknown): RetryDecision {
    if (isPermanentFailure(err)) return { kind: 'dead-letter', failures: ++this.failures };
    if (this.isTransient(err)) {
      this.outage++;
      return { kind: 'transient', outage: this.outage, delayMs: transientDelayMs(this.policy, this.outage) };
    }
    this.outage = 0;
    this.failures++;
    if (this.failures >= this.policy.maxAttempts) return { kind: 'dead-letter', failures: this.failures };
    return { kind: 'retry', failures: this.failures, delayMs: retryDelayMs(this.policy, this.failures) };
  }
}
