import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { MemoryDocumentStore } from '@aftersales/adapters-memory';
import { QaIntegrationEventTypes as Qa } from '@aftersales/contracts';
import { QaOutcomes } from '@aftersales/intake';

/** Intake's consumer of QA's events on a real (in-memory) document store, as the standalone runs it. */
const CASE = '0190f5c2-0000-7000-8000-0000000000a1';
const COMPLAINT = '0190f5c2-0000-7000-8000-0000000000c1';
const product = { model: 'PX-200', serialNumber: 'SN-1', contractNumber: 'HT-1' };

describe('QaOutcomes consumer', () => {
  it("a CAPA's events (another key, another partition) never make a later case event look stale", async () => {
    const outcomes = new QaOutcomes(new MemoryDocumentStore(), undefined as never);
    const onCase = (position: bigint, type: string, data: object) => anEnvelope({ stream: `qa.case-${CASE}`, position, type, data });
    await outcomes.handle(onCase(1n, Qa.QualityCaseOpened, { caseId: CASE, complaintId: COMPLAINT, severity: 'severe', category: 'performance', customerId: 'C-1', product, defectNature: 'leak', receivedAt: '2026-03-03T02:00:00.000Z' }));
    // The CAPA's partition ran ahead of the case's.
    await outcomes.handle(
      anEnvelope({ stream: 'qa.capa-0190f5c2-0000-7000-8000-0000000000ca', position: 3n, type: Qa.CapaOpened, data: { capaId: 'x', caseId: CASE, complaintId: COMPLAINT, department: 'engineering', dueOn: '2026-03-20', required: true } }),
    );
    await outcomes.handle(onCase(2n, Qa.DeterminationMade, { caseId: CASE, complaintId: COMPLAINT, responsibility: 'ours', ourCause: 'technical', explanationToCustomer: null, capaRequired: true }));
    expect((await outcomes.forComplaints('acme', [COMPLAINT])).get(COMPLAINT)).toMatchObject({ status: 'determined', responsibility: 'ours', capaRequired: true });
    // A redelivered case event changes nothing.
    await outcomes.handle(onCase(1n, Qa.QualityCaseOpened, { caseId: CASE, complaintId: COMPLAINT, severity: 'minor', category: 'performance', customerId: 'C-1', product, defectNature: 'leak', receivedAt: '2026-03-03T02:00:00.000Z' }));
    expect((await outcomes.forComplaints('acme', [COMPLAINT])).get(COMPLAINT)).toMatchObject({ severity: 'severe', responsibility: 'ours' });
  });
});
