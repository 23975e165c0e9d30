import { DomainEvent, fold } from '@aftersales/eventsourcing';
import type { Decider } from '@aftersales/eventsourcing';
import { FinanceRatioPolicy, parseFinanceRatioPolicy, DEFAULT_FINANCE_RATIO_POLICY_YAML } from './policy';

/** The default policy (month, 5 %, Asia/Shanghai). */
export const defaultPolicy: FinanceRatioPolicy = parseFinanceRatioPolicy(DEFAULT_FINANCE_RATIO_POLICY_YAML, 'default');

/** The default policy with other settings. */
export function policyWith(overrides: Partial<FinanceRatioPolicy>): FinanceRatioPolicy {
  return { ...defaultPolicy, ...overrides };
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
