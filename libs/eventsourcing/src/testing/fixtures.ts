import { EventEnvelope, NewEvent } from '../envelope';
import { newEventId } from '../uuid';

/** A fresh prefix per test, so contract suites can share one database without seeing each other. */
export function uniquePrefix(label = 'test'): string {
  return `${label}-${newEventId().replace(/-/g, '').slice(-16)}.`;
}

export function anEvent(type = 'test.Happened', data: unknown = { n: 1 }, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    type,
    data,
    occurredAt: '2026-03-02T08:30:00.000Z',
    tenantId: 'acme',
    region: 'cn-east',
    actor: { id: 'user-1', role: 'customer_service' },
    correlationId: 'corr-1',
    ...overrides,
  };
}

export function events(count: number, type = 'test.Happened'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => anEvent(type, { n: i }));
}

/** A stored envelope as a relay would publish it; ids are fresh unless overridden. */
export function anEnvelope(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: newEventId(),
    type: 'test.Happened',
    schemaVersion: 1,
    stream: 'test.case-1',
    revision: 0n,
    position: 1n,
    occurredAt: '2026-03-02T08:30:00.000Z',
    tenantId: 'acme',
    region: 'cn-east',
    actor: { id: 'user-1', role: 'customer_service' },
    correlationId: 'corr-1',
    causationId: null,
    policyVersion: null,
    data: { n: 1 },
    ...overrides,
  };
}

/** Resolves when `predicate` holds, polling an in-memory condition; rejects after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** What a contract suite's setup returns: the adapter under test, and how to close it. */
export interface AdapterFixture<T> {
  store: T;
  /** Closes what the fixture opened. */
  teardown(): Promise<void>;
}

/**
 * Opens a contract suite's adapter once before its tests and closes it after them; the getter
 * hands the opened fixture to the suite's own `beforeAll`, which jest runs after this one.
 */
export function openForSuite<F extends { teardown(): Promise<void> }>(setup: () => Promise<F>): () => F {
  let fixture: F | undefined;
  beforeAll(async () => {
    fixture = await setup();
  });
  afterAll(async () => {
    await fixture?.teardown();
  });
  return () => {
    if (!fixture) throw new Error('the adapter fixture was not opened');
    return fixture;
  };
}
