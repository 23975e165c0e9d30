import { DEFAULT_POLICY_YAML } from './default-policy';
import { PolicyError, parsePolicy } from './policy';

function problemsOf(text: string): { path: string; reason: string }[] {
  try {
    parsePolicy(text, 'policies/acme.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return [...(err as PolicyError).problems];
  }
  throw new Error('expected the policy to be refused');
}

describe('policy documents (ARCHITECTURE.md "Policy")', () => {
  it('the default policy reproduces the seeds (IN-3, IN-4, IN-5, IN-7, IN-8, IN-9, IN-10)', () => {
    const p = parsePolicy(DEFAULT_POLICY_YAML, 'default');
    expect(p.version).toBe('2026.1');
    expect(p.counting.convention).toBe('receipt_day_is_day_zero');
    expect(p.acceptance.categories.appearance).toEqual({ rule: 'window', workingDays: 3, afterWindow: 'rejected' }); // IN-3
    expect(p.acceptance.categories.model_quantity).toEqual({ rule: 'window', workingDays: 3, afterWindow: 'needs_review' }); // IN-3
    expect(p.acceptance.categories.performance).toEqual({ rule: 'warranty', afterWarranty: 'accepted_paid' }); // IN-3
    expect(p.acceptance.warranty).toEqual({ months: { main: 12, accessory: 3 }, cardOverrides: true }); // IN-3, IN-5
    expect(p.acceptance.exclusions.causes).toEqual(['human_damage', 'force_majeure']); // IN-4
    expect(p.acceptance.deadOnArrival).toEqual({ days: 15, requiresTestReport: true, requiresIntactPackaging: true, requiresIntactAppearance: true }); // IN-5
    expect(p.productLines['phone'].excludedComponents).toEqual(['antenna', 'housing', 'lcd']); // IN-4, seed 003
    expect(p.response.acknowledge).toEqual({ hours: 2, clock: 'wall' }); // IN-7
    expect(p.response.reportUp).toEqual({ hours: 4, clock: 'wall' }); // IN-7
    expect(p.response.forward.workingDays).toBe(1); // IN-8
    expect(p.priority.highValueTiers).toEqual(['key', 'strategic']); // IN-9
    expect(p.repeat.lookBackDays).toBe(365); // IN-10
  });

  it('reads JSON as well as YAML', () => {
    const p = parsePolicy(JSON.stringify(parsePolicy(DEFAULT_POLICY_YAML, 'default')), 'policy.json');
    expect(p.id).toBe('default');
  });

  it('names the path and reason of a wrong value', () => {
    expect(problemsOf(DEFAULT_POLICY_YAML.replace('workingDays: 3, afterWindow: rejected', 'workingDays: -3, afterWindow: rejected'))).toContainEqual({
      path: 'acceptance.categories.appearance.workingDays',
      reason: 'must be >= 1',
    });
  });

  it('names a missing field and an unknown one', () => {
    expect(problemsOf(DEFAULT_POLICY_YAML.replace(/repeat:\n.*\n\s+lookBackDays: 365\n/, ''))).toContainEqual({ path: 'repeat', reason: 'is required' });
    expect(problemsOf(DEFAULT_POLICY_YAML.replace('cardOverrides: true\n  exclusions', 'cardOverrides: true\n    cardOveride: false\n  exclusions'))).toContainEqual({
      path: 'acceptance.warranty.cardOveride',
      reason: 'is not a known field',
    });
  });

  it('names an unknown enum value with the allowed ones', () => {
    const problems = problemsOf(DEFAULT_POLICY_YAML.replace('highValueTiers: [key, strategic]', 'highValueTiers: [key, vip]'));
    expect(problems).toContainEqual({ path: 'priority.highValueTiers[1]', reason: 'must be one of standard, key, strategic' });
  });

  it('refuses text that is not YAML, and duplicate keys', () => {
    expect(problemsOf('id: [unclosed')[0].reason).toMatch(/^not YAML or JSON/);
    expect(problemsOf(`${DEFAULT_POLICY_YAML}\nid: again\n`)[0].reason).toMatch(/^not YAML or JSON/);
  });

  it('the error message names the source file', () => {
    expect(() => parsePolicy('{}', 'policies/acme.yaml')).toThrow(/^policy policies\/acme.yaml is invalid: id: is required/);
  });
});
