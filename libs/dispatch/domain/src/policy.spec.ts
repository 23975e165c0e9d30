import { DEFAULT_DISPATCH_POLICY_YAML, PolicyError, arrivalDueAt, dispatchPolicyVersion, followUpDueAt, followUpOpensComplaint, parseDispatchPolicy } from './policy';
import { shanghai } from './testing-fixtures';

describe('dispatch policy', () => {
  const policy = parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML, 'default');

  it('DI-3 the default: on site within 12 wall-clock hours of confirmation', () => {
    expect(policy.arrival).toEqual({ withinHours: 12, clock: 'wall' });
    expect(dispatchPolicyVersion(policy)).toBe('dispatch-default@2026.1');
    expect(arrivalDueAt(policy, new Date('2026-03-06T09:00:00.000Z'), shanghai, null)).toEqual({ dueAt: '2026-03-06T21:00:00.000Z', basis: 'wall' });
  });

  it('DI-8 the default: follow-up within 3 days of hand-over; a rating of 1-2 or a complaint opens one', () => {
    expect(followUpDueAt(policy, new Date('2026-03-03T06:30:00.000Z'))).toBe('2026-03-06T06:30:00.000Z');
    expect([1, 2, 3, 5].map((r) => followUpOpensComplaint(policy, r, null))).toEqual([true, true, false, false]);
    expect(followUpOpensComplaint(policy, null, 'still leaking')).toBe(true);
    expect(followUpOpensComplaint(policy, null, null)).toBe(false);
  });

  it('DI-9 the default penalties are integer minor units', () => {
    expect(Object.values(policy.conduct.penaltiesMinor).every(Number.isInteger)).toBe(true);
  });

  it('refuses a document that does not match the schema, naming the source', () => {
    expect(() => parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML.replace('clock: wall', 'clock: sundial'), 'ops.yaml')).toThrow(PolicyError);
    expect(() => parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML.replace('late_arrival: 5000', 'late_arrival: 50.5'), 'ops.yaml')).toThrow(/ops\.yaml/);
  });
});
