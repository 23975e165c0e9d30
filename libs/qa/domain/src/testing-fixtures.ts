import { loadCalendarRegistry } from '@aftersales/calendar';
import { DomainEvent, fold } from '@aftersales/eventsourcing';
import type { Decider } from '@aftersales/eventsourcing';
import { DEFAULT_QA_POLICY_YAML, parseQaPolicy } from './policy';
import { CaseSubject } from './quality-case';

/** Shared by this lib's specs: the default QA policy, the shipped calendars, and a subject to vary. */
export const policy = parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default');
export const calendars = loadCalendarRegistry();
/** Region cn-east: Asia/Shanghai, Chinese public holidays and make-up working days (调休). */
export const shanghai = calendars.forRegion('cn-east');
export const context = { policy, policyDigest: 'sha256:test', calendar: shanghai };

/** The default policy document with one exact edit; fails loudly when `from` is not in it, so no test passes on an unedited document. */
export function editedPolicyYaml(from: string, to: string): string {
  if (!DEFAULT_QA_POLICY_YAML.includes(from)) throw new Error(`the default QA policy has no ${JSON.stringify(from)}`);
  return DEFAULT_QA_POLICY_YAML.replace(from, to);
}

export function subject(overrides: Partial<CaseSubject> = {}): CaseSubject {
  return {
    customerId: 'cust-1',
    customerName: '华东机械有限公司',
    product: { model: 'PX-200', serialNumber: 'SN-0001', partNumber: 'P-77', contractNumber: 'HT-2026-001', productLine: null },
    category: 'performance',
    defectNature: 'motor overheats',
    defectLocation: 'motor housing',
    defectiveQuantity: 1,
    requestedResolution: 'exchange',
    description: 'Motor overheats after 20 minutes',
    ...overrides,
  };
}

/** given commands, when a command, then events (ARCHITECTURE.md "Testing layers" 1). */
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
