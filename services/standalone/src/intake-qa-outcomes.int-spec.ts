import { EventEnvelope } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { MemoryDocumentStore } from '@aftersales/adapters-memory';
import { QaIntegrationEventData, QaIntegrationEventType, QaIntegrationEventTypes as Qa } from '@aftersales/contracts';
import { QaOutcomes } from '@aftersales/intake';
import { IntegrationEventOf } from '@aftersales/platform';

/** Intake's consumer of QA's events on a real (in-memory) document store, as the standalone runs it. */
const CASE = '0190f5c2-0000-7000-8000-0000000000a1';
const COMPLAINT = '0190f5c2-0000-7000-8000-0000000000c1';
const product = { model: 'PX-200', serialNumber: 'SN-1', contractNumber: 'HT-1' };

describe('QaOutcomes consumer', () => {
  it("a CAPA's events (another key, another partition) never make a later case event look stale", async () => {
    const outcomes = new QaOutcomes(new MemoryDocumentStore(), undefined as never);
    /** A QA integration event as the consumer host hands it over: its data typed by its contract. */
    const qaEvent = <K extends QaIntegrationEventType>(type: K, data: QaIntegrationEventData[K], on: Partial<EventEnvelope>) => anEnvelope({ ...on, type, data }) as IntegrationEventOf<K>;
    const onCase = <K extends QaIntegrationEventType>(position: bigint, type: K, data: QaIntegrationEventData[K]) => qaEvent(type, data, { stream: `qa.case-${CASE}`, position });
    await outcomes.handle(onCase(1n, Qa.QualityCaseOpened, { caseId: CASE, complaintId: COMPLAINT, severity: 'severe', category: 'performance', customerId: 'C-1', product, defectNature: 'leak', receivedAt: '2026-03-03T02:00:00.000Z' }));
    // The CAPA's partition ran ahead of the case's.
    await outcomes.handle(
      qaEvent(Qa.CapaOpened, { capaId: 'x', caseId: CASE, complaintId: COMPLAINT, department: 'engineering', dueOn: '2026-03-20', required: true }, { stream: 'qa.capa-0190f5c2-0000-7000-8000-0000000000ca', position: 3n }),
    );
    await outcomes.handle(onCase(2n, Qa.DeterminationMade, { caseId: CASE, complaintId: COMPLAINT, responsibility: 'ours', ourCause: 'technical', explanationToCustomer: null, capaRequired: true }));
    expect((await outcomes.forComplaints('acme', [COMPLAINT])).get(COMPLAINT)).toMatchObject({ status: 'determined', responsibility: 'ours', capaRequired: true });
    // A redelivered case event changes nothing.
    await outcomes.handle(onCase(1n, Qa.QualityCaseOpened, { caseId: CASE, complaintId: COMPLAINT, severity: 'minor', category: 'performance', customerId: 'C-1', product, defectNature: 'leak', receivedAt: '2026-03-03T02:00:00.000Z' }));
    expect((await outcomes.forComplaints('acme', [COMPLAINT])).get(COMPLAINT)).toMatchObject({ severity: 'severe', responsibility: 'ours' });
  });
});
