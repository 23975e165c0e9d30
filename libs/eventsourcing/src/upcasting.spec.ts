import { EventEnvelope } from './envelope';
import { Upcasters } from './upcasting';

const stored = (schemaVersion: number, data: unknown, type = 'intake.ComplaintRegistered'): EventEnvelope => ({
  id: '01936f3e-7c4a-7b5e-9f00-0123456789ab',
  type,
  schemaVersion,
  stream: 'intake.complaint-1',
  revision: 0n,
  position: 1n,
  occurredAt: '2025-01-02T03:04:05.000Z',
  tenantId: 'acme',
  region: 'cn-east',
  actor: { id: 'u', role: 'customer_service' },
  correlationId: 'c',
  causationId: null,
  policyVersion: null,
  data,
});

describe('Upcasters', () => {
  const upcasters = new Upcasters([
    // v1 had one name field; v2 splits the customer out; v3 adds a tier defaulting to standard.
    { type: 'intake.ComplaintRegistered', fromVersion: 1, upcast: (d) => ({ customer: { name: (d as { name: string }).name } }) },
    {
      type: 'intake.ComplaintRegistered',
      fromVersion: 2,
      upcast: (d) => ({ customer: { ...(d as { customer: object }).customer, tier: 'standard' } }),
    },
  ]);

  it('chains upcasters from the stored version to the newest', () => {
    const event = upcasters.apply(stored(1, { name: 'Li Wei' }));
    expect(event.schemaVersion).toBe(3);
    expect(event.data).toEqual({ customer: { name: 'Li Wei', tier: 'standard' } });
  });

  it('leaves current versions and other types untouched', () => {
    const current = stored(3, { customer: { name: 'x', tier: 'gold' } });
    expect(upcasters.apply(current)).toBe(current);
    const other = stored(1, { a: 1 }, 'intake.ComplaintClosed');
    expect(upcasters.apply(other)).toBe(other);
  });

  it('refuses two upcasters for the same step', () => {
    expect(() => new Upcasters([
      { type: 't', fromVersion: 1, upcast: (d) => d },
      { type: 't', fromVersion: 1, upcast: (d) => d },
    ])).toThrow(/two upcasters for t@1/);
  });
});
