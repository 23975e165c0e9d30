import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { INTEGRATION_EVENT_CONTRACTS, IntakeIntegrationEventTypes as T } from '@aftersales/contracts';
import { publishedContractCheck } from '@aftersales/platform';
import { ComplaintCommand, ComplaintEvent, ComplaintFacts, complaintDecider, parsePolicy, DEFAULT_POLICY_YAML } from '@aftersales/intake-domain';
import { loadCalendarRegistry } from '@aftersales/calendar';
import { toIntakeIntegrationEvent } from './integration-events';

const ID = '0190f5c2-0000-7000-8000-0000000000c1';
const context = { policy: parsePolicy(DEFAULT_POLICY_YAML, 'default'), policyDigest: 'sha256:test', calendar: loadCalendarRegistry().forRegion('cn-east') };
const facts: ComplaintFacts = {
  channel: 'web',
  receivedAt: '2026-03-03T02:00:00.000Z',
  customer: { id: 'C-1', name: 'n', tier: 'standard' },
  region: 'cn-east',
  product: { model: 'M', serialNumber: 'S', partNumber: null, contractNumber: 'K', productLine: null, component: null, partClass: 'gift' },
  deliveredOn: '2026-03-01',
  goodsReceivedOn: '2026-03-02',
  shippedQuantity: 2,
  defectiveQuantity: 1,
  category: 'performance',
  severity: 'minor',
  defect: { location: null, nature: 'dead', firstSeenOn: null, attachments: [] },
  usedAsInstructed: true,
  suspectedCause: 'unknown',
  requestedResolution: 'refund',
  description: 'd',
  warrantyCard: null,
  deadOnArrival: null,
  ownerId: null,
};

function envelopes(...commands: ComplaintCommand[]): EventEnvelope[] {
  const events: ComplaintEvent[] = [];
  for (const c of commands) events.push(...complaintDecider.decide(c, fold(complaintDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: `intake.complaint-${ID}`, revision: BigInt(i) }));
}

describe('intake integration events (libs/contracts intake v1)', () => {
  const register: Extract<ComplaintCommand, { type: 'Register' }> = { type: 'Register', complaintId: ID, facts, repeatOf: null, registeredBy: 'u', context };

  it('publishes a registration and a rejection with rule ids only, not the internal figures', () => {
    const [registered, decided] = envelopes(register).map(toIntakeIntegrationEvent);
    expect(registered).toMatchObject({ type: T.ComplaintRegistered, data: { complaintId: ID, category: 'performance', product: { model: 'M', contractNumber: 'K' } } });
    expect(registered?.data).not.toHaveProperty('description');
    expect(decided).toEqual({
      type: T.ComplaintRejected,
      data: { complaintId: ID, category: 'performance', customerId: 'C-1', reasons: [{ rule: 'IN-3', code: 'WITHIN_WARRANTY' }, { rule: 'IN-4', code: 'FREE_GIFT_NOT_COVERED' }], reassessed: false },
    });
  });

  it('keeps private what other contexts do not need, and maps withdrawal to a closed complaint', () => {
    const all = envelopes(register, { type: 'Acknowledge', complaintId: ID, note: null }, { type: 'Withdraw', complaintId: ID, reason: 'r' });
    expect(all.map(toIntakeIntegrationEvent).map((e) => e?.type ?? null)).toEqual([T.ComplaintRegistered, T.ComplaintRejected, null, T.ComplaintClosed]);
    expect(toIntakeIntegrationEvent(all[3])?.data).toEqual({ complaintId: ID, outcome: 'withdrawn' });
  });

  it('publishes a change of decision on reassessment, a return to review, and nothing when the outcome stays', () => {
    const reassess = (kind: 'accepted_paid' | 'needs_review' | 'rejected'): ComplaintCommand => ({
      type: 'Reassess',
      complaintId: ID,
      corrections: {},
      override: { kind, justification: 'j' },
      reason: null,
      context,
    });
    const all = envelopes(register, reassess('rejected'), reassess('accepted_paid'), reassess('needs_review'));
    expect(all.map(toIntakeIntegrationEvent).map((e) => e?.type ?? null)).toEqual([T.ComplaintRegistered, T.ComplaintRejected, null, T.ComplaintAccepted, T.ComplaintReturnedToReview]);
    expect(toIntakeIntegrationEvent(all[3])?.data).toMatchObject({ acceptance: 'paid', reassessed: true });
    expect(toIntakeIntegrationEvent(all[4])?.data).toEqual({ complaintId: ID, previousAcceptance: 'paid' });
  });

  it("QA-1 an acceptance carries what QA's feedback form shows: customer name, defect location, description", () => {
    const accepted = { ...facts, customer: { ...facts.customer, name: '华东机械' }, defect: { ...facts.defect, location: 'front panel' }, product: { ...facts.product, partClass: 'main' as const } };
    const [, decided] = envelopes({ ...register, facts: accepted }).map(toIntakeIntegrationEvent);
    expect(decided).toMatchObject({ type: T.ComplaintAccepted, data: { customerName: '华东机械', defectLocation: 'front panel', description: 'd' } });
  });

  it('an acceptance stored before 2026-12 (no name, location or description in its subject) publishes them as null', () => {
    const [, stored] = envelopes({ ...register, facts: { ...facts, product: { ...facts.product, partClass: 'main' } } });
    const { customerName: _n, defectLocation: _l, description: _d, ...olderSubject } = (stored.data as { subject: Record<string, unknown> }).subject;
    const older = { ...stored, data: { ...(stored.data as object), subject: olderSubject } };
    expect(toIntakeIntegrationEvent(older)?.data).toMatchObject({ customerName: null, defectLocation: null, description: null, customerId: 'C-1' });
  });

  it('publishes nothing for a decision still under review', () => {
    const review = envelopes({ ...register, facts: { ...facts, category: 'other', product: { ...facts.product, partClass: 'main' } } });
    expect(toIntakeIntegrationEvent(review[1])).toBeNull();
  });

  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const main = { ...register, facts: { ...facts, product: { ...facts.product, partClass: 'main' as const } } };
    const reassess = (kind: 'accepted_paid' | 'needs_review' | 'rejected'): ComplaintCommand => ({ type: 'Reassess', complaintId: ID, corrections: {}, override: { kind, justification: 'j' }, reason: null, context });
    const histories = [
      envelopes(main, { type: 'Escalate', complaintId: ID, to: 'quality_director', reason: 'line stopped', severity: 'severe' }, { type: 'Acknowledge', complaintId: ID, note: null }, { type: 'Close', complaintId: ID, resolutionSummary: 'swapped' }),
      envelopes(register, reassess('accepted_paid'), reassess('needs_review'), { type: 'Invalidate', complaintId: ID, reason: 'no_defect_found', explanationToCustomer: 'works as specified' }),
      envelopes(register, { type: 'MarkDeadlineMissed', complaintId: ID, obligation: 'acknowledge', now: new Date('2026-04-01T00:00:00.000Z') }, { type: 'Withdraw', complaintId: ID, reason: 'r' }),
    ];
    const published = histories.flat().flatMap((envelope) => {
      const integration = toIntakeIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    expect(new Set(published)).toEqual(new Set(Object.values(T)));
  });
});
