import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { QaIntegrationEventData, QaIntegrationEventType, QaIntegrationEventTypes as Qa } from '@aftersales/contracts';
import { IntegrationEventOf } from '@aftersales/platform';
import { applyQaEvent } from './qa-outcomes';

/** A QA integration event as the consumer host hands it over: its data typed by its contract. */
const qaEvent = <K extends QaIntegrationEventType>(type: K, data: QaIntegrationEventData[K]) => anEnvelope({ type, data }) as IntegrationEventOf<K>;

const CASE = '0190f5c2-0000-7000-8000-0000000000a1';
const COMPLAINT = '0190f5c2-0000-7000-8000-0000000000c1';
const product = { model: 'PX-200', serialNumber: 'SN-1', contractNumber: 'HT-1' };

describe("intake's projection of QA's outcome (qa v1 events)", () => {
  const events = [
    qaEvent(Qa.QualityCaseOpened, {
      caseId: CASE,
      complaintId: COMPLAINT,
      severity: 'minor',
      category: 'performance',
      customerId: 'C-1',
      product,
      defectNature: 'leak',
      receivedAt: '2026-03-03T02:00:00.000Z',
    }),
    qaEvent(Qa.SeverityChanged, { caseId: CASE, complaintId: COMPLAINT, severity: 'severe', reason: 'three units', capaRequired: false }),
    qaEvent(Qa.DeterminationMade, {
      caseId: CASE,
      complaintId: COMPLAINT,
      responsibility: 'customer_cause',
      ourCause: null,
      explanationToCustomer: 'Installed without the seal',
      capaRequired: false,
    }),
    qaEvent(Qa.DispositionDecided, { caseId: CASE, complaintId: COMPLAINT, disposition: 'explain_and_close', interim: false, note: null, customerId: 'C-1', product }),
    qaEvent(Qa.QualityCaseClosed, { caseId: CASE, complaintId: COMPLAINT, outcome: 'closed', summary: 'Explained in writing' }),
  ];

  it('QA-2 / QA-5: what customer service tells the customer, step by step', () => {
    const states = events.reduce<ReturnType<typeof applyQaEvent>[]>((acc, e) => [...acc, applyQaEvent(acc[acc.length - 1] ?? null, e)], []);
    expect(states[0]).toMatchObject({ caseId: CASE, status: 'open', severity: 'minor', responsibility: null, disposition: null });
    expect(states[1]).toMatchObject({ severity: 'severe' });
    expect(states[2]).toMatchObject({ status: 'determined', responsibility: 'customer_cause', explanationToCustomer: 'Installed without the seal' });
    expect(states[3]).toMatchObject({ disposition: 'explain_and_close', dispositionInterim: false });
    expect(states[4]).toMatchObject({ status: 'closed', summary: 'Explained in writing', responsibility: 'customer_cause' });
  });

  it('ignores anything before the case opened and events that tell customer service nothing', () => {
    expect(applyQaEvent(null, events[2])).toBeNull();
    const opened = applyQaEvent(null, events[0]);
    const capa = qaEvent(Qa.CapaOpened, { capaId: 'capa-1', caseId: CASE, complaintId: COMPLAINT, department: 'engineering', dueOn: '2026-03-20', required: true });
    expect(applyQaEvent(opened, capa)).toEqual(opened);
  });
});
