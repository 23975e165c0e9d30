import { EventEnvelope, fold } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { INTEGRATION_EVENT_CONTRACTS, QaIntegrationEventTypes as T } from '@aftersales/contracts';
import { loadCalendarRegistry } from '@aftersales/calendar';
import { publishedContractCheck } from '@aftersales/platform';
import {
  CapaCommand,
  CapaEvent,
  DEFAULT_QA_POLICY_YAML,
  QualityCaseCommand,
  QualityCaseEvent,
  ReturnInspectionCommand,
  ReturnInspectionEvent,
  capaDecider,
  capaStream,
  caseStream,
  inspectionStream,
  returnInspectionDecider,
  parseQaPolicy,
  qualityCaseDecider,
} from '@aftersales/qa-domain';
import { toQaIntegrationEvent } from './integration-events';
import { wantsCsv } from './queries/get-monthly-report/get-monthly-report.http.controller';

const CASE = '0190f5c2-0000-7000-8000-0000000000a1';
const COMPLAINT = '0190f5c2-0000-7000-8000-0000000000c1';
const context = { policy: parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default'), policyDigest: 'sha256:test', calendar: loadCalendarRegistry().forRegion('cn-east') };

const open: QualityCaseCommand = {
  type: 'Open',
  caseId: CASE,
  source: { kind: 'complaint', complaintId: COMPLAINT },
  subject: {
    customerId: 'C-1',
    customerName: null,
    product: { model: 'PX-200', serialNumber: 'SN-1', partNumber: 'P-1', contractNumber: 'HT-1', productLine: null },
    category: 'performance',
    defectNature: 'pressure drop',
    defectLocation: null,
    defectiveQuantity: 1,
    requestedResolution: 'exchange',
    description: null,
  },
  severity: 'severe',
  receivedAt: '2026-03-03T02:00:00.000Z',
  openedBy: 'qa-intake',
  stakeholders: [],
  context,
};

function envelopes(...commands: QualityCaseCommand[]): EventEnvelope[] {
  const events: QualityCaseEvent[] = [];
  for (const c of commands) events.push(...qualityCaseDecider.decide(c, fold(qualityCaseDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: caseStream(CASE), revision: BigInt(i), position: BigInt(i + 1) }));
}

const INSPECTION = '0190f5c2-0000-7000-8000-0000000000e1';
const RETURN = '0190f5c2-0000-7000-8000-0000000000b1';

/** An inspection of returned goods (QA-6): opened from warehouse-returns' receipt, findings, then signed or refused. */
function inspection(...commands: ReturnInspectionCommand[]): EventEnvelope[] {
  const events: ReturnInspectionEvent[] = [];
  for (const c of commands) events.push(...returnInspectionDecider.decide(c, fold(returnInspectionDecider, events)));
  return events.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: inspectionStream(INSPECTION), revision: BigInt(i), position: BigInt(i + 1) }));
}
const openInspection: ReturnInspectionCommand = {
  type: 'Open',
  inspectionId: INSPECTION,
  returnRequestId: RETURN,
  caseId: CASE,
  customerId: 'C-1',
  reason: 'quality',
  lines: [{ lineId: 'L1', sku: 'PX-200', serialNumberAuthorised: 'SN-1', serialNumberReceived: 'SN-1', quantityReceived: 1 }],
  receivedAt: '2026-03-04T08:00:00.000Z',
  cause: 'evt-1',
};
const finding = (finding: 'defect_confirmed' | 'customer_damage'): ReturnInspectionCommand => ({
  type: 'RecordFindings',
  inspectionId: INSPECTION,
  findings: [
    finding === 'defect_confirmed'
      ? { lineId: 'L1', finding, responsibleDepartment: 'production', responsiblePerson: 'prod-lead-1', note: null, capaId: null }
      : { lineId: 'L1', finding, responsibleDepartment: null, responsiblePerson: null, note: 'cracked housing', capaId: null },
  ],
  capaCases: {},
  recordedBy: 'qa-1',
});
const inspected = (verdict: 'signed' | 'refused'): ReturnInspectionCommand => ({
  type: 'Complete',
  inspectionId: INSPECTION,
  verdict,
  reason: verdict === 'refused' ? 'damaged by the customer' : null,
  inspectedBy: 'qa-1',
  now: new Date('2026-03-05T03:00:00.000Z'),
});

describe('qa integration events (libs/contracts qa v1)', () => {
  const history = envelopes(
    open,
    { type: 'RecordOpinion', caseId: CASE, opinion: 'looks like a seal', now: new Date('2026-03-03T05:00:00Z') },
    { type: 'MakeDetermination', caseId: CASE, responsibility: 'ours', ourCause: 'technical', summary: 's', evidenceRefs: ['e'], explanationToCustomer: null, reason: null, context },
    { type: 'DecideDisposition', caseId: CASE, disposition: 'return_for_repair', note: 'n' },
    { type: 'LinkCapa', caseId: CASE, capaId: '0190f5c2-0000-7000-8000-0000000000ca' },
    { type: 'Close', caseId: CASE, summary: 'repaired' },
  );
  const published = history.map(toQaIntegrationEvent);

  it('publishes opened, determination, disposition and closed; the analysis steps and the CAPA link stay private', () => {
    expect(published.map((p) => p?.type ?? null)).toEqual([T.QualityCaseOpened, null, T.DeterminationMade, T.DispositionDecided, null, T.QualityCaseClosed]);
  });

  it('QA-1 / QA-5: the public shapes carry the complaint, so intake and dispatch can act on them alone', () => {
    expect(published[0]?.data).toEqual({
      caseId: CASE,
      complaintId: COMPLAINT,
      severity: 'severe',
      category: 'performance',
      customerId: 'C-1',
      product: { model: 'PX-200', serialNumber: 'SN-1', contractNumber: 'HT-1' },
      defectNature: 'pressure drop',
      receivedAt: '2026-03-03T02:00:00.000Z',
    });
    expect(published[2]?.data).toEqual({ caseId: CASE, complaintId: COMPLAINT, responsibility: 'ours', ourCause: 'technical', explanationToCustomer: null, capaRequired: true });
    expect(published[3]?.data).toMatchObject({ complaintId: COMPLAINT, disposition: 'return_for_repair', interim: false, customerId: 'C-1', product: { model: 'PX-200' } });
    expect(published[5]?.data).toEqual({ caseId: CASE, complaintId: COMPLAINT, outcome: 'closed', summary: 'repaired' });
  });

  it('QA-6 publishes the inspection once QA signs or refuses, with every line\'s finding; its opening and findings stay private', () => {
    const signed = inspection(openInspection, finding('defect_confirmed'), inspected('signed')).map(toQaIntegrationEvent);
    expect(signed.map((p) => p?.type ?? null)).toEqual([null, null, T.ReturnInspected]);
    expect(signed[2]?.data).toEqual({
      inspectionId: INSPECTION,
      returnRequestId: RETURN,
      caseId: CASE,
      customerId: 'C-1',
      verdict: 'signed',
      reason: null,
      lines: [{ lineId: 'L1', finding: 'defect_confirmed', responsibleDepartment: 'production', responsiblePerson: 'prod-lead-1', note: null }],
      inspectedAt: '2026-03-05T03:00:00.000Z',
    });
    const refused = inspection(openInspection, finding('customer_damage'), inspected('refused')).map(toQaIntegrationEvent);
    expect(refused[2]?.data).toMatchObject({ verdict: 'refused', reason: 'damaged by the customer', lines: [{ finding: 'customer_damage', note: 'cracked housing' }] });
  });

  it('publishes every one of its types within its contract: the relay check passes it, and a consumer reads it back', () => {
    const CAPA = '0190f5c2-0000-7000-8000-0000000000ca';
    const capaEvents: CapaEvent[] = [];
    const verify = (shipmentId: string): CapaCommand => ({
      type: 'RecordVerification',
      capaId: CAPA,
      shipmentId,
      lotId: null,
      checkedOn: '2026-03-20',
      result: 'pass',
      note: null,
      verifiedBy: 'qa-1',
      today: '2026-03-20',
    });
    const capaCommands: CapaCommand[] = [
      {
        type: 'Open',
        capaId: CAPA,
        caseId: CASE,
        complaintId: COMPLAINT,
        plan: { department: 'production', ownerId: 'prod-lead-1', dueOn: '2026-03-31', correctiveAction: 'c', preventiveAction: 'p' },
        required: true,
        now: new Date('2026-03-05T17:00:00.000Z'),
        policy: context.policy,
        policyDigest: context.policyDigest,
        calendar: context.calendar,
      },
      verify('S-1'),
      verify('S-2'),
      { type: 'Close', capaId: CAPA, note: null },
    ];
    for (const c of capaCommands) capaEvents.push(...capaDecider.decide(c, fold(capaDecider, capaEvents)));
    const capa = capaEvents.map((e, i) => anEnvelope({ type: e.type, data: e.data, stream: capaStream(CAPA), revision: BigInt(i), position: BigInt(i + 1) }));
    const reopened = envelopes(
      open,
      { type: 'ChangeSeverity', caseId: CASE, severity: 'minor', reason: 'one unit only', context },
      { type: 'Cancel', caseId: CASE, reason: 'complaint withdrawn', cause: 'withdrawn-1' },
      { ...open, cause: 'accepted-again' },
    );
    const check = publishedContractCheck(INTEGRATION_EVENT_CONTRACTS);
    const returns = [...inspection(openInspection, finding('defect_confirmed'), inspected('signed')), ...inspection(openInspection, finding('customer_damage'), inspected('refused'))];
    const types = [...history, ...reopened, ...capa, ...returns].flatMap((envelope) => {
      const integration = toQaIntegrationEvent(envelope);
      if (!integration) return [];
      expect(() => check(integration, envelope)).not.toThrow();
      const consumed = JSON.parse(JSON.stringify(integration.data)) as unknown;
      expect(INTEGRATION_EVENT_CONTRACTS.check(integration.type, integration.schemaVersion ?? 1, consumed, 'consumer')).toEqual({ outcome: 'valid' });
      return [integration.type];
    });
    expect(new Set(types)).toEqual(new Set(Object.values(T)));
  });
});

describe('QA-7 report negotiation', () => {
  it.each([
    [undefined, false],
    ['application/json', false],
    ['text/csv', true],
    ['text/csv;q=0.5, application/json', false],
    ['application/json;q=0.4, text/csv;q=0.9', true],
    ['*/*', false],
  ])('Accept %s → CSV %s', (accept, csv) => {
    expect(wantsCsv(accept)).toBe(csv);
  });
});
