import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_RETRY_BACKOFF_MS,
  DEFAULT_MAX_TRANSIENT_BACKOFF_MS,
  DEFAULT_RETRY_BACKOFF_MS,
  DeliveryAttempts,
  MIN_TRANSIENT_BACKOFF_MS,
  RetryPolicy,
  isPermanentFailure,
  retryDelayMs,
  retryPolicyOf,
  transientDelayMs,
} from './delivery-policy';

const outage = () => Object.assign(new Error('Server selection timed out after 30000 ms'), { name: 'MongoServerSelectionError' });
const bug = () => new Error('bug');
const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({ maxAttempts: 3, retryBackoffMs: 100, maxRetryBackoffMs: 1_000, maxTransientBackoffMs: 500, ...overrides });

describe('retryPolicyOf', () => {
  it('applies the defaults', () => {
    expect(retryPolicyOf({})).toEqual({
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
      retryBackoffMs: DEFAULT_RETRY_BACKOFF_MS,
      maxRetryBackoffMs: DEFAULT_MAX_RETRY_BACKOFF_MS,
      maxTransientBackoffMs: DEFAULT_MAX_TRANSIENT_BACKOFF_MS,
    });
    expect([DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS, DEFAULT_MAX_RETRY_BACKOFF_MS, DEFAULT_MAX_TRANSIENT_BACKOFF_MS, MIN_TRANSIENT_BACKOFF_MS]).toEqual([5, 100, 30_000, 5_000, 50]);
  });

  it('keeps what the consumer and the bus set, and raises the default ceiling to a longer retryBackoffMs', () => {
    expect(retryPolicyOf({ maxAttempts: 2, retryBackoffMs: 10, maxRetryBackoffMs: 40 }, 70)).toEqual({ maxAttempts: 2, retryBackoffMs: 10, maxRetryBackoffMs: 40, maxTransientBackoffMs: 70 });
    expect(retryPolicyOf({ retryBackoffMs: 60_000 }).maxRetryBackoffMs).toBe(60_000);
  });

  it.each([
    [{ maxAttempts: 0 }, 'maxAttempts must be a positive integer, got 0'],
    [{ maxAttempts: 1.5 }, 'maxAttempts must be a positive integer, got 1.5'],
    [{ retryBackoffMs: -1 }, 'retryBackoffMs must not be negative, got -1'],
    [{ retryBackoffMs: Number.NaN }, 'retryBackoffMs must not be negative, got NaN'],
    [{ retryBackoffMs: 100, maxRetryBackoffMs: 99 }, 'maxRetryBackoffMs must be at least retryBackoffMs, got 99'],
  ])('refuses %j', (options, message) => {
    expect(() => retryPolicyOf(options)).toThrow(message);
  });
});

describe('backoffs', () => {
  it('doubles the retry delay per counted failure up to maxRetryBackoffMs', () => {
    expect([1, 2, 3, 4, 5, 60].map((n) => retryDelayMs(policy(), n))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(retryDelayMs(policy({ retryBackoffMs: 0 }), 3)).toBe(0);
  });

  it('doubles the transient delay from max(retryBackoffMs, 50 ms) up to maxTransientBackoffMs, never overflowing', () => {
    expect([1, 2, 3, 4, 1_000].map((n) => transientDelayMs(policy(), n))).toEqual([100, 200, 400, 500, 500]);
    expect([1, 2].map((n) => transientDelayMs(policy({ retryBackoffMs: 0 }), n))).toEqual([MIN_TRANSIENT_BACKOFF_MS, 100]);
    // A ceiling below the base waits the base.
    expect(transientDelayMs(policy({ retryBackoffMs: 800, maxTransientBackoffMs: 100 }), 5)).toBe(800);
    expect(transientDelayMs(policy({ maxTransientBackoffMs: Number.MAX_SAFE_INTEGER }), 10_000)).toBe(100 * 2 ** 30);
  });
});

describe('DeliveryAttempts', () => {
  it('retries with the doubling backoff, then dead-letters on the maxAttempts-th counted failure', () => {
    const attempts = new DeliveryAttempts(policy());
    expect([attempts.failed(bug()), attempts.failed(bug()), attempts.failed(bug())]).toEqual([
      { kind: 'retry', failures: 1, delayMs: 100 },
      { kind: 'retry', failures: 2, delayMs: 200 },
      { kind: 'dead-letter', failures: 3 },
    ]);
  });

  it('dead-letters at once with maxAttempts 1', () => {
    expect(new DeliveryAttempts(policy({ maxAttempts: 1 })).failed(bug())).toEqual({ kind: 'dead-letter', failures: 1 });
  });

  it('does not count transient errors, and a counted failure starts the next outage over', () => {
    const attempts = new DeliveryAttempts(policy({ maxAttempts: 2 }));
    expect([attempts.failed(outage()), attempts.failed(outage()), attempts.failed(outage())]).toEqual([
      { kind: 'transient', outage: 1, delayMs: 100 },
      { kind: 'transient', outage: 2, delayMs: 200 },
      { kind: 'transient', outage: 3, delayMs: 400 },
    ]);
    expect(attempts.failed(bug())).toEqual({ kind: 'retry', failures: 1, delayMs: 100 });
    expect(attempts.failed(outage())).toEqual({ kind: 'transient', outage: 1, delayMs: 100 });
    expect(attempts.failed(new Error('still a bug', { cause: 'not an error' }))).toEqual({ kind: 'dead-letter', failures: 2 });
  });

  it('dead-letters a permanent failure (the message itself is wrong) at once, after any earlier failures', () => {
    const violation = () => Object.assign(new Error('breaks its contract'), { code: 'CONTRACT.SCHEMA_VIOLATION', permanent: true });
    expect(new DeliveryAttempts(policy({ maxAttempts: 5 })).failed(violation())).toEqual({ kind: 'dead-letter', failures: 1 });
    const attempts = new DeliveryAttempts(policy({ maxAttempts: 5 }));
    attempts.failed(bug());
    attempts.failed(outage());
    expect(attempts.failed(violation())).toEqual({ kind: 'dead-letter', failures: 2 });
    // Only the flag set to true counts: a kafkajs-style `retriable: false` is not it.
    expect(isPermanentFailure(Object.assign(new Error('x'), { permanent: 'yes' }))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('x'), { retriable: false }))).toBe(false);
  });

  it('recognises transient errors with isTransientError unless told otherwise', () => {
    const wrapped = new Error('handler failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
    expect(new DeliveryAttempts(policy()).failed(wrapped).kind).toBe('transient');
    expect(new DeliveryAttempts(policy(), () => false).failed(wrapped).kind).toBe('retry');
    expect(new DeliveryAttempts(policy(), () => true).failed(bug()).kind).toBe('transient');
  });
});
