import { Decider, DomainEvent, fold } from '../decider';

/**
 * Decider specs' vocabulary, shared by every context's domain specs (ARCHITECTURE.md "Testing
 * layers" 1): given commands, when a command, then events; the error a refused command throws; the
 * one event decided.
 */
export function scenario<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  const given = (...commands: C[]): { state: S; events: E[] } => {
    const events: E[] = [];
    for (const c of commands) events.push(...decider.decide(c, fold(decider, events)));
    return { state: fold(decider, events), events };
  };
  const when = (history: C[], command: C): readonly E[] => decider.decide(command, given(...history).state);
  return { given, when };
}

/** The error a refused command throws; fails the test when the command is accepted. */
export function errorOf(fn: () => unknown): Error & { code?: string; details?: Record<string, unknown> } {
  try {
    fn();
  } catch (err) {
    return err as Error & { code?: string; details?: Record<string, unknown> };
  }
  throw new Error('expected the command to be refused');
}

/** The one event decided, typed by its type; fails when anything else was decided. */
export function single<E extends DomainEvent, T extends E['type']>(events: readonly E[], type: T): Extract<E, { type: T }> {
  expect(events.map((e) => e.type)).toEqual([type]);
  return events[0] as Extract<E, { type: T }>;
}
