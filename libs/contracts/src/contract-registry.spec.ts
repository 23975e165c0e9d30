import { ContractRegistry, closed } from './contract-registry';
import { INTEGRATION_EVENT_CONTRACTS } from './integration-events';
import { ComplaintAcceptedV1, IntakeIntegrationEventTypes as Intake } from './intake/intake-events.v1';
import { QaIntegrationEventTypes as Qa } from './qa/qa-events.v1';
import * as contractsLibrary from './index';

const accepted: ComplaintAcceptedV1 = {
  complaintId: 'c-1',
  acceptance: 'free',
  category: 'performance',
  severity: 'minor',
  customerId: 'C-1',
  product: { model: 'PX-200', serialNumber: null, partNumber: null, contractNumber: 'K-1', productLine: null },
  defectiveQuantity: 1,
  defectNature: 'leak',
  requestedResolution: 'exchange',
  highPriority: false,
  receivedAt: '2026-03-03T02:00:00.000Z',
  reasons: [{ rule: 'IN-3', code: 'WITHIN_WINDOW' }],
  reassessed: false,
};

describe('integration event contracts (libs/contracts)', () => {
  const contracts = INTEGRATION_EVENT_CONTRACTS;

  it('has a schema for every published type at v1 (and the later versions named here), each one ajv compiles in strict mode', () => {
    // Every context's `<Context>IntegrationEventTypes`, so a context added (tools/generators) is covered too.
    const published = Object.entries(contractsLibrary)
      .filter(([name]) => name.endsWith('IntegrationEventTypes'))
      .flatMap(([, types]) => Object.values(types as Record<string, string>));
    expect(published).toEqual(expect.arrayContaining([...Object.values(Intake), ...Object.values(Qa)]));
    // Later versions beside v1 (ADR 017: WorkOrderCreated v2, a work order from an outlet request).
    const later = ['dispatch.public.WorkOrderCreated@2'];
    expect(contracts.contracts.map((c) => `${c.type}@${c.schemaVersion}`).sort()).toEqual([...published.map((t) => `${t}@1`), ...later].sort());
    expect(() => contracts.compileAll()).not.toThrow();
  });

  it('reads ComplaintAccepted v1 without the fields added to it later, and with them null or set', () => {
    for (const side of ['consumer', 'producer'] as const) {
      expect(contracts.check(Intake.ComplaintAccepted, 1, accepted, side)).toEqual({ outcome: 'valid' });
      const withNulls = { ...accepted, ownerId: null, registeredBy: null, customerName: null, defectLocation: null, description: null };
      expect(contracts.check(Intake.ComplaintAccepted, 1, withNulls, side)).toEqual({ outcome: 'valid' });
      expect(contracts.check(Intake.ComplaintAccepted, 1, { ...withNulls, ownerId: 'u-1', description: '面板有明显划痕' }, side)).toEqual({ outcome: 'valid' });
    }
  });

  it('a consumer tolerates a field a newer producer added to the same version; a producer refuses one the contract lacks', () => {
    const newer = { ...accepted, product: { ...accepted.product, colour: 'red' }, loyaltyPoints: 3 };
    expect(contracts.check(Intake.ComplaintAccepted, 1, newer, 'consumer')).toEqual({ outcome: 'valid' });
    expect(contracts.check(Intake.ComplaintAccepted, 1, newer, 'producer')).toEqual({
      outcome: 'invalid',
      problems: [
        { path: '/loyaltyPoints', message: 'is not in the contract' },
        { path: '/product/colour', message: 'is not in the contract' },
      ],
    });
  });

  it('names every problem by its path: a missing field, a wrong type, a null where none is allowed, an unknown value', () => {
    const { complaintId: _missing, ...rest } = accepted;
    const wrong = { ...rest, defectiveQuantity: 1.5, customerId: null, acceptance: 'maybe', product: { ...accepted.product, serialNumber: 7 } };
    expect(contracts.check(Intake.ComplaintAccepted, 1, wrong, 'consumer')).toEqual({
      outcome: 'invalid',
      problems: expect.arrayContaining([
        { path: '/complaintId', message: 'is required' },
        { path: '/defectiveQuantity', message: 'must be integer' },
        { path: '/customerId', message: 'must be string' },
        { path: '/acceptance', message: 'must be one of free, paid' },
        { path: '/product/serialNumber', message: 'must be string or null' },
      ]),
    });
    expect(contracts.check(Qa.DeterminationMade, 1, { caseId: 'x', complaintId: null, responsibility: 'ours', ourCause: 'luck', explanationToCustomer: null, capaRequired: true }, 'consumer')).toEqual({
      outcome: 'invalid',
      problems: [{ path: '/ourCause', message: 'must be one of technical, production_equipment, management or null' }],
    });
    expect(contracts.check(Intake.ComplaintClosed, 1, 'closed', 'consumer')).toEqual({ outcome: 'invalid', problems: [{ path: '', message: 'must be object' }] });
  });

  it('tells an unknown version of a known type from a type it does not know at all', () => {
    expect(contracts.check(Intake.ComplaintClosed, 2, { complaintId: 'c-1', outcome: 'resolved' }, 'consumer')).toEqual({ outcome: 'unknown_version', known: [1] });
    expect(contracts.check('intake.public.ComplaintTeleported', 1, {}, 'consumer')).toEqual({ outcome: 'unknown_type' });
    expect(contracts.latestVersion(Intake.ComplaintClosed)).toBe(1);
    expect(contracts.latestVersion('intake.public.ComplaintTeleported')).toBeNull();
  });

  it('keeps versions in order and refuses a second schema for one type and version', () => {
    const schema = { type: 'object', properties: {} };
    const registry = new ContractRegistry([
      { type: 't', schemaVersion: 3, schema },
      { type: 't', schemaVersion: 1, schema },
    ]);
    expect(registry.versionsOf('t')).toEqual([1, 3]);
    expect(registry.latestVersion('t')).toBe(3);
    expect(() => new ContractRegistry([{ type: 't', schemaVersion: 1, schema }, { type: 't', schemaVersion: 1, schema }])).toThrow('two contracts for t@1');
    expect(() => new ContractRegistry([{ type: 't', schemaVersion: 0, schema }])).toThrow('schemaVersion must be a positive integer');
  });

  it('closes every object of a schema for producers, and leaves one that says otherwise', () => {
    const open = {
      type: 'object',
      properties: {
        list: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } },
        either: { anyOf: [{ type: 'object', properties: {} }, { type: 'null' }] },
        free: { type: 'object', properties: {}, additionalProperties: true },
      },
    };
    expect(closed(open)).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        list: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } } },
        either: { anyOf: [{ type: 'object', properties: {}, additionalProperties: false }, { type: 'null' }] },
        free: { type: 'object', properties: {}, additionalProperties: true },
      },
    });
  });
});
