import { DEFAULT_DISPATCH_POLICY_YAML, parseDispatchPolicy } from './policy';
import { OutletRequestFacts, decideFreeRepair } from './free-repair';

describe('DI-2 free vs charged at an outlet (dispatch policy freeRepair)', () => {
  const policy = parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML, 'default');
  const facts = (overrides: Partial<OutletRequestFacts> = {}): OutletRequestFacts => ({
    partClass: 'main',
    goodsReceivedOn: '2025-03-10',
    warrantyCardMonths: null,
    cause: 'defect',
    requestedOn: '2026-03-09',
    ...overrides,
  });

  it('DI-2 free on the last day of the 12-month warranty, charged the day after', () => {
    expect(decideFreeRepair(policy, facts())).toEqual({
      kind: 'free',
      warrantyEndsOn: '2026-03-09',
      warrantySource: 'policy',
      reasons: [{ rule: 'DI-2', code: 'WITHIN_WARRANTY', details: { warrantyMonths: 12, warrantySource: 'policy', warrantyEndsOn: '2026-03-09', goodsReceivedOn: '2025-03-10', requestedOn: '2026-03-09' } }],
    });
    expect(decideFreeRepair(policy, facts({ requestedOn: '2026-03-10' }))).toMatchObject({ kind: 'charged', reasons: [{ code: 'WARRANTY_EXPIRED' }] });
  });

  it("DI-2 an accessory's 3 months; a warranty card's period replaces the policy's", () => {
    expect(decideFreeRepair(policy, facts({ partClass: 'accessory', requestedOn: '2025-06-10' }))).toMatchObject({ kind: 'charged', warrantyEndsOn: '2025-06-09', warrantySource: 'accessory' });
    expect(decideFreeRepair(policy, facts({ warrantyCardMonths: 24, requestedOn: '2027-03-09' }))).toMatchObject({ kind: 'free', warrantyEndsOn: '2027-03-09', warrantySource: 'warranty_card' });
  });

  it('DI-2 an excluded cause is charged within the warranty; no proof of receipt is charged', () => {
    expect(decideFreeRepair(policy, facts({ cause: 'human_damage' })).reasons.map((r) => r.code)).toEqual(['WITHIN_WARRANTY', 'EXCLUDED_CAUSE']);
    expect(decideFreeRepair(policy, facts({ cause: 'human_damage' })).kind).toBe('charged');
    expect(decideFreeRepair(policy, facts({ goodsReceivedOn: null }))).toMatchObject({ kind: 'charged', warrantyEndsOn: null, warrantySource: null, reasons: [{ code: 'NO_PROOF_OF_RECEIPT' }] });
  });

  it('DI-2 a policy without freeRepair decides by the default terms; the operator can change them', () => {
    const without = parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML.slice(0, DEFAULT_DISPATCH_POLICY_YAML.indexOf('# DI-2')), 'older.yaml');
    expect(without.freeRepair).toBeUndefined();
    expect(decideFreeRepair(without, facts()).kind).toBe('free');
    const longer = parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML.replace('main: 12', 'main: 24'), 'ops.yaml');
    expect(decideFreeRepair(longer, facts({ requestedOn: '2027-03-09' })).kind).toBe('free');
    expect(() => parseDispatchPolicy(DEFAULT_DISPATCH_POLICY_YAML.replace('consumable]', 'bad_luck]'), 'ops.yaml')).toThrow(/ops\.yaml/);
  });
});
