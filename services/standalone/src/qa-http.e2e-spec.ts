import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { BusMessage, EVENT_STORE, EventStore, MESSAGE_BUS, ManualClock, MessageBus, deterministicUuid } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import {
  COMPLAINT_STREAM_PREFIX,
  INTAKE_TOPIC,
  IntakeIntegrationEventTypes,
  QA_TOPIC,
  QaIntegrationEventTypes,
  ReturnGoodsReceivedV1,
  ReturnInspectedV1,
  WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
  WAREHOUSE_RETURNS_TOPIC,
  WarehouseReturnsIntegrationEventTypes,
} from '@aftersales/contracts';
import { toIntakeIntegrationEvent } from '@aftersales/intake';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { CreateCapaDto, OpenCapa, OpenCase, OpenCaseDto } from '@aftersales/qa';
import { caseIdForComplaint, inspectionIdForReturn, inspectionStream } from '@aftersales/qa-domain';
import { ConsumerHost, DeadlineSchedulerHost, ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { complaintBody } from './testing/complaint-body';
import { Schemas, apiClient, baseUrlOf, ok } from './testing/client/client';

/**
 * End-to-end over HTTP on the standalone app: the QA context (QA-1..QA-7) fed by intake (and by
 * warehouse-returns' receipts, QA-6) through the in-process bus, and intake showing QA's outcome on
 * the complaint.
 */
const SECRET = 'q'.repeat(40);
const TENANT = 'acme';
const token = (roles: string[], subject: string, tenant = TENANT) => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: tenant })}`;
const CS = token(['customer_service'], 'cs-1');
const QA = token(['qa'], 'qa-1');
const DEPT = token(['department'], 'prod-1');
const GM = token(['general_manager'], 'gm-1');
const AUDITOR = token(['auditor'], 'audit-1');
const SALES_ASSISTANT = token(['sales_assistant'], 'sa-1');
const OTHER_SALES = token(['sales'], 'sales-9');
const TECHNICIAN = token(['technician'], 'tech-1');
const OTHER_TENANT = token(['qa'], 'qa-9', 'globex');

/** The shared complaint, with a serial number of this suite's own. */
const complaint = (overrides: Record<string, unknown> = {}) =>
  complaintBody({ product: { model: 'PX-200', serialNumber: 'SN-QA-1', contractNumber: 'HT-2026-0042' }, ...overrides });

function feedbackForm(overrides: Record<string, unknown> = {}): Schemas['OpenCaseDto'] {
  return {
    region: 'cn-east',
    receivedAt: '2026-03-03T09:00:00+08:00',
    severity: 'severe',
    customerId: 'C-20001',
    customerName: '华北重工',
    product: { model: 'VX-10', serialNumber: 'VX-0001' },
    category: 'performance',
    defectNature: 'pressure drop',
    defectiveQuantity: 3,
    formRef: 'QF-2026-0031',
    ...overrides,
  };
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The standalone app on `dataDir`, its read models caught up and its consumers joined. */
async function openApp(dataDir: string, clock: ManualClock): Promise<INestApplication> {
  const { app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' }, { clock });
  // Listening, for the typed client (testing/client), which speaks HTTP like any client.
  await app.listen(0, '127.0.0.1');
  await app.get(ProjectionHost).caughtUp();
  await app.get(ConsumerHost).joined();
  return app;
}

async function startApp(clock: ManualClock): Promise<{ app: INestApplication; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-qa-'));
  await copyPgliteTemplateTo(join(dataDir, 'pglite'));
  return { app: await openApp(dataDir, clock), dataDir };
}

describe('QA over HTTP (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-03T03:00:00.000Z'); // Tuesday 11:00 in Shanghai
  const http = () => request(app.getHttpServer());
  const store = () => app.get<EventStore>(EVENT_STORE);
  /** The client typed by the OpenAPI document: tsc checks these calls' bodies against the contract. */
  const api = (auth = QA) => apiClient(baseUrlOf(app), auth);
  const casesFor = async (complaintId: string, auth = QA) => ok(api(auth).GET('/api/v1/qa/cases', { params: { query: { complaintId } } }));

  beforeAll(async () => {
    ({ app, dataDir } = await startApp(clock));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function registerAccepted(overrides: Record<string, unknown> = {}): Promise<{ complaintId: string; caseId: string }> {
    const registered = await ok(api(CS).POST('/api/v1/complaints', { body: complaint(overrides) as unknown as Schemas['RegisterComplaintDto'] }));
    expect(registered.acceptance?.kind).toBe('accepted_free');
    const complaintId = registered.complaintId;
    await eventually(async () => (await casesFor(complaintId)).total === 1, `the QA case of complaint ${complaintId}`);
    return { complaintId, caseId: caseIdForComplaint(TENANT, complaintId) };
  }

  it('QA-1 an accepted quality complaint opens one case, even when the acceptance is delivered twice', async () => {
    const { complaintId, caseId } = await registerAccepted();
    const list = await casesFor(complaintId);
    expect(list.items[0]).toMatchObject({
      caseId,
      complaintId,
      status: 'open',
      severity: 'minor',
      source: { kind: 'complaint', complaintId },
      // What the complaint said travels with the acceptance (intake v1, optional fields added 2026-12).
      subject: {
        customerId: 'C-10086',
        customerName: '华东机械有限公司',
        category: 'appearance',
        defectNature: 'scratch',
        defectLocation: 'front panel',
        description: '面板有明显划痕，开箱即发现。',
        product: { model: 'PX-200', serialNumber: 'SN-QA-1' },
      },
      // QA-3 minor: the opinion is due at the end of the first working day after receipt (Wed 4 March, Shanghai).
      deadlines: [{ obligation: 'qa_opinion', dueAt: '2026-03-04T16:00:00.000Z', state: 'open' }],
      overdue: false,
      nextDueAt: '2026-03-04T16:00:00.000Z',
      // The complaint's registrar may read the case (a sales-side stakeholder).
      stakeholders: ['cs-1'],
    });
    expect(list.items[0]).not.toHaveProperty('_id');

    // The same acceptance again (a redelivery), and once more under a new event id (as after a
    // reassessment): the inbox drops the first, the complaint-derived case id absorbs the second.
    const stored = await store().readStream(`${COMPLAINT_STREAM_PREFIX}${complaintId}`);
    const accepted = stored.find((e) => toIntakeIntegrationEvent(e)?.type === IntakeIntegrationEventTypes.ComplaintAccepted);
    if (!accepted) throw new Error('no acceptance stored');
    const mapped = toIntakeIntegrationEvent(accepted);
    const published = { ...accepted, type: mapped?.type as string, data: mapped?.data };
    const bus = app.get<MessageBus>(MESSAGE_BUS);
    await bus.publish(INTAKE_TOPIC, [{ key: accepted.stream, event: published }]);
    await bus.publish(INTAKE_TOPIC, [{ key: accepted.stream, event: { ...published, id: '0190f5c2-0000-7000-8000-00000000beef' } }]);
    // A complaint registered after the copies: once its case is there, the copies have been handled.
    await registerAccepted({ product: { model: 'PX-201', serialNumber: 'SN-QA-1b' } });

    const caseStreams = new Set((await store().readAll({ streamPrefixes: ['qa.case-'] })).map((e) => e.stream));
    expect(caseStreams.has(`qa.case-${caseId}`)).toBe(true);
    const events = await store().readStream(`qa.case-${caseId}`);
    expect(events.map((e) => e.type)).toEqual(['qa.QualityCaseOpened']);
    expect(events[0].causationId).toBe(accepted.id);
    expect((await casesFor(complaintId)).total).toBe(1);
  });

  it('QA-2, QA-5: analysis, determination and disposition; customer service sees the outcome on the complaint', async () => {
    const { complaintId, caseId } = await registerAccepted({ product: { model: 'PX-210', serialNumber: 'SN-QA-2' } });
    await http().post(`/api/v1/qa/cases/${caseId}/opinion`).set('authorization', QA).send({ opinion: 'Packing damage likely; production to check' }).expect(200);
    const instructed = await http()
      .post(`/api/v1/qa/cases/${caseId}/instructions`)
      .set('authorization', QA)
      .send({ instructions: [{ department: 'production', instruction: 'Check packing line 2' }] })
      .expect(200);
    // QA-3: the department's solution is due 2 working days after QA's instruction (Tue 11:00 → end of Thu).
    expect(instructed.body.deadlines).toEqual(
      expect.arrayContaining([
        { obligation: 'qa_opinion', dueAt: '2026-03-04T16:00:00.000Z', state: 'met' },
        { obligation: 'solution:production', dueAt: '2026-03-05T16:00:00.000Z', state: 'open' },
      ]),
    );
    await http()
      .post(`/api/v1/qa/cases/${caseId}/findings`)
      .set('authorization', DEPT)
      .send({ department: 'production', findings: 'Worn fixture edge', solution: 'Replace the fixture', evidenceRefs: ['att-photo-7'] })
      .expect(200);
    // QA-2: not ours needs the written explanation for the customer.
    const refused = await http()
      .post(`/api/v1/qa/cases/${caseId}/determination`)
      .set('authorization', QA)
      .send({ responsibility: 'customer_cause', summary: 'Dropped in transit by the customer', evidenceRefs: ['att-photo-7'] })
      .expect(422);
    expect(refused.body.code).toBe('QA.EXPLANATION_REQUIRED');
    const determined = await http()
      .post(`/api/v1/qa/cases/${caseId}/determination`)
      .set('authorization', QA)
      .send({ responsibility: 'ours', ourCause: 'production_equipment', summary: 'Worn fixture on packing line 2', evidenceRefs: ['findings:production', 'att-photo-7'] })
      .expect(200);
    expect(determined.body).toMatchObject({ status: 'determined', determination: { responsibility: 'ours', ourCause: 'production_equipment', capaRequired: false, policyVersion: 'qa-default@2026.1' } });
    const disposed = await http().post(`/api/v1/qa/cases/${caseId}/disposition`).set('authorization', QA).send({ disposition: 'exchange', note: 'Swap the panel' }).expect(200);
    expect(disposed.body.disposition).toMatchObject({ kind: 'exchange', interim: false });
    await http().post(`/api/v1/qa/cases/${caseId}/close`).set('authorization', QA).send({ summary: 'Panel exchanged; fixture replaced' }).expect(200);

    // Intake's own projection of QA's published events, on the complaint customer service reads.
    let body: { qa: Record<string, unknown> | null } = { qa: null };
    await eventually(async () => {
      body = (await http().get(`/api/v1/complaints/${complaintId}`).set('authorization', CS).expect(200)).body;
      return body.qa?.status === 'closed';
    }, 'the QA outcome on the complaint');
    expect(body.qa).toMatchObject({ caseId, responsibility: 'ours', ourCause: 'production_equipment', disposition: 'exchange', dispositionInterim: false, capaRequired: false, summary: 'Panel exchanged; fixture replaced' });
    const listed = (await http().get('/api/v1/complaints?pageSize=100').set('authorization', CS).expect(200)).body.items.find((i: { complaintId: string }) => i.complaintId === complaintId);
    expect(listed.qa).toMatchObject({ caseId, disposition: 'exchange' });

    const timeline = (await http().get(`/api/v1/qa/cases/${caseId}/timeline`).set('authorization', AUDITOR).expect(200)).body.events.map((e: { type: string }) => e.type);
    expect(timeline).toEqual(['qa.QualityCaseOpened', 'qa.OpinionRecorded', 'qa.DepartmentsInstructed', 'qa.DepartmentFindingsRecorded', 'qa.DeterminationMade', 'qa.DispositionDecided', 'qa.QualityCaseClosed']);
  });

  it('QA-4 ours and severe: the case needs a CAPA to close; the CAPA closes after two passing later shipments, not one', async () => {
    const opened = await api(SALES_ASSISTANT).POST('/api/v1/qa/cases', { body: feedbackForm() });
    expect(opened.response.status).toBe(201);
    const caseId = opened.data?.caseId as string;
    expect(opened.data).toMatchObject({ source: { kind: 'feedback_form', formRef: 'QF-2026-0031' }, severity: 'severe', stakeholders: ['sa-1'] });
    // QA-3 severe: initial opinion within 2 working days of receipt (Tue → end of Thu).
    expect(opened.data?.deadlines).toEqual([{ obligation: 'qa_opinion', dueAt: '2026-03-05T16:00:00.000Z', state: 'open' }]);
    const onCase = { params: { path: { id: caseId } } };
    await ok(api().POST('/api/v1/qa/cases/{id}/determination', { ...onCase, body: { responsibility: 'ours', ourCause: 'technical', summary: 'Seal tolerance out of spec', evidenceRefs: ['lab-2026-11'] } }));
    await ok(api().POST('/api/v1/qa/cases/{id}/disposition', { ...onCase, body: { disposition: 'return_for_repair' } }));
    const noCapa = await api().POST('/api/v1/qa/cases/{id}/close', { ...onCase, body: { summary: 'done' } });
    expect([noCapa.response.status, noCapa.error?.code]).toEqual([409, 'QA.CAPA_REQUIRED']);

    const created = await api().POST('/api/v1/qa/capas', {
      body: { caseId, department: 'engineering', ownerId: 'eng-lead-1', dueOn: '2026-03-20', correctiveAction: 'Tighten seal tolerance', preventiveAction: 'Add a seal check to final QC' },
    });
    const capa = await ok(Promise.resolve(created));
    const capaId = capa.capaId;
    expect(created.response.headers.get('location')).toBe(`/api/v1/qa/capas/${capaId}`);
    expect(capa).toMatchObject({ caseId, status: 'open', required: true, minimumPassingVerifications: 2, dueAt: '2026-03-20T16:00:00.000Z' });
    const onCapa = { params: { path: { id: capaId } } };
    const verify = async (shipmentId: string, result: 'pass' | 'fail' = 'pass') => {
      const answer = await api().POST('/api/v1/qa/capas/{id}/verifications', { ...onCapa, body: { shipmentId, checkedOn: '2026-03-03', result } });
      expect(answer.response.status).toBe(201);
      return answer.data;
    };
    const closeCapa = (note?: string) => api().POST('/api/v1/qa/capas/{id}/close', { ...onCapa, body: note ? { note } : {} });
    await verify('SHP-1');
    const early = await closeCapa();
    expect(early.response.status).toBe(409);
    expect(early.error).toMatchObject({ code: 'QA.CAPA_VERIFICATIONS_INSUFFICIENT', details: { required: 2, passing: 1 } });
    // The same shipment again is not a second later shipment.
    await verify('SHP-1');
    expect((await closeCapa()).response.status).toBe(409);
    await verify('SHP-2');
    const closed = await ok(closeCapa('No recurrence'));
    expect(closed).toMatchObject({ status: 'closed', passingVerifications: 2 });
    // A recurrence reopens it.
    expect(await verify('SHP-3', 'fail')).toMatchObject({ status: 'open', passingVerifications: 0, reopenedCount: 1 });

    await ok(api().POST('/api/v1/qa/cases/{id}/close', { ...onCase, body: { summary: 'Repaired; CAPA in verification' } }));
    const listed = await ok(api().GET('/api/v1/qa/capas', { params: { query: { caseId } } }));
    await eventually(async () => (await ok(api().GET('/api/v1/qa/capas', { params: { query: { caseId, status: 'open' } } }))).total === 1, 'the CAPA list');
    expect(listed.items.map((c) => c.capaId)).toEqual([capaId]);
    const fetched = await ok(api(AUDITOR).GET('/api/v1/qa/capas/{id}', onCapa));
    expect(fetched.verifications.map((v) => `${v.shipmentId}:${v.result}`)).toEqual(['SHP-1:pass', 'SHP-1:pass', 'SHP-2:pass', 'SHP-3:fail']);
    expect((await ok(api(AUDITOR).GET('/api/v1/qa/cases/{id}', onCase))).capaIds).toEqual([capaId]);
  });

  it('QA-3 severe case, slow root cause: a preliminary report approved by the general manager lets the customer be served first', async () => {
    const caseId = (await http().post('/api/v1/qa/cases').set('authorization', QA).send(feedbackForm({ formRef: 'QF-PRE' })).expect(201)).body.caseId;
    const before = await http().post(`/api/v1/qa/cases/${caseId}/disposition`).set('authorization', QA).send({ disposition: 'exchange' }).expect(409);
    expect(before.body.code).toBe('QA.DETERMINATION_REQUIRED');
    await http().post(`/api/v1/qa/cases/${caseId}/preliminary-report`).set('authorization', QA).send({ summary: 'Lab test takes 2 weeks', proposedDisposition: 'exchange' }).expect(200);
    await http().post(`/api/v1/qa/cases/${caseId}/preliminary-report/review`).set('authorization', QA).send({ approve: true }).expect(403);
    const approved = await http().post(`/api/v1/qa/cases/${caseId}/preliminary-report/review`).set('authorization', GM).send({ approve: true }).expect(200);
    expect(approved.body.preliminaryReport).toMatchObject({ state: 'approved', reviewedBy: 'gm-1' });
    const refund = await http().post(`/api/v1/qa/cases/${caseId}/disposition`).set('authorization', QA).send({ disposition: 'explain_and_close' }).expect(422);
    expect(refund.body.code).toBe('QA.INTERIM_DISPOSITION_NOT_ALLOWED');
    const interim = await http().post(`/api/v1/qa/cases/${caseId}/disposition`).set('authorization', QA).send({ disposition: 'exchange' }).expect(200);
    expect(interim.body.disposition).toMatchObject({ kind: 'exchange', interim: true });
  });

  it('QA-3 a missed opinion deadline raises qa.DeadlineMissed exactly once', async () => {
    const { caseId } = await registerAccepted({ product: { model: 'PX-220', serialNumber: 'SN-QA-3' } });
    const scheduler = app.get(DeadlineSchedulerHost);
    await eventually(async () => (await http().get(`/api/v1/qa/cases?status=open&overdue=false`).set('authorization', QA)).body.items.some((i: { caseId: string }) => i.caseId === caseId), 'the deadline tracked');
    const saved = clock.now();
    try {
      clock.set('2026-03-04T16:00:00.000Z');
      await app.get(ProjectionHost).caughtUp();
      await eventually(async () => {
        await scheduler.tickAll();
        return (await store().readStream(`qa.case-${caseId}`)).some((e) => e.type === 'qa.DeadlineMissed');
      }, 'the miss');
      await scheduler.tickAll();
      await scheduler.tickAll();
      const missed = (await store().readStream(`qa.case-${caseId}`)).filter((e) => e.type === 'qa.DeadlineMissed');
      expect(missed).toHaveLength(1);
      expect(missed[0].data).toMatchObject({ obligation: 'qa_opinion', dueAt: '2026-03-04T16:00:00.000Z' });
      // The missed opinion makes the case overdue and is no longer its next due time.
      expect((await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', QA).expect(200)).body).toMatchObject({ overdue: true, nextDueAt: null });
      await eventually(async () => (await http().get(`/api/v1/qa/cases?status=open&overdue=true`).set('authorization', QA)).body.items.some((i: { caseId: string }) => i.caseId === caseId), 'listed overdue');
      const late = await http().post(`/api/v1/qa/cases/${caseId}/opinion`).set('authorization', QA).send({ opinion: 'late but here' }).expect(200);
      expect(late.body.opinion.late).toBe(true);
      expect(late.body.deadlines).toEqual([{ obligation: 'qa_opinion', dueAt: '2026-03-04T16:00:00.000Z', state: 'met_late' }]);
      expect(late.body).toMatchObject({ overdue: false, nextDueAt: null });
    } finally {
      clock.set(saved);
    }
  });

  it('QA-4 a CAPA past its due date is reported overdue once', async () => {
    const caseId = (await http().post('/api/v1/qa/cases').set('authorization', QA).send(feedbackForm({ formRef: 'QF-DUE', severity: 'minor' })).expect(201)).body.caseId;
    const capaId = (
      await http()
        .post('/api/v1/qa/capas')
        .set('authorization', QA)
        .send({ caseId, department: 'production', ownerId: 'prod-1', dueOn: '2026-03-03', correctiveAction: 'fix', preventiveAction: 'prevent' })
        .expect(201)
    ).body.capaId;
    const scheduler = app.get(DeadlineSchedulerHost);
    const saved = clock.now();
    try {
      // Due at the end of 3 March in Shanghai.
      clock.set('2026-03-03T16:00:00.000Z');
      await eventually(async () => {
        await scheduler.tickAll();
        return (await store().readStream(`qa.capa-${capaId}`)).some((e) => e.type === 'qa.CapaOverdue');
      }, 'the CAPA overdue');
      await scheduler.tickAll();
      expect((await store().readStream(`qa.capa-${capaId}`)).filter((e) => e.type === 'qa.CapaOverdue')).toHaveLength(1);
      await eventually(async () => (await http().get(`/api/v1/qa/capas?caseId=${caseId}&overdue=true`).set('authorization', QA)).body.total === 1, 'listed overdue');
      expect((await http().get(`/api/v1/qa/capas/${capaId}`).set('authorization', QA).expect(200)).body.overdue).toBe(true);
    } finally {
      clock.set(saved);
    }
  });

  it('documents the QA API in OpenAPI', async () => {
    const docs = await http().get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/qa/cases', '/api/v1/qa/cases/{id}/determination', '/api/v1/qa/capas/{id}/verifications', '/api/v1/qa/reports/monthly']));
  });

  it('a withdrawn complaint cancels its quality case', async () => {
    const { complaintId, caseId } = await registerAccepted({ product: { model: 'PX-230', serialNumber: 'SN-QA-4' } });
    await http().post(`/api/v1/complaints/${complaintId}/withdraw`).set('authorization', CS).send({ reason: 'customer fixed it' }).expect(200);
    await eventually(async () => (await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', QA).expect(200)).body.status === 'cancelled', 'the case cancelled');
  });

  it('a complaint a supervisor rejects on reassessment cancels its quality case', async () => {
    const { complaintId, caseId } = await registerAccepted({ product: { model: 'PX-240', serialNumber: 'SN-QA-5' } });
    await http()
      .post(`/api/v1/complaints/${complaintId}/reassess`)
      .set('authorization', token(['business_head'], 'head-1'))
      .send({ override: { kind: 'rejected', justification: 'Damage caused by the customer’s forklift' } })
      .expect(200);
    await eventually(async () => (await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', QA).expect(200)).body.status === 'cancelled', 'the case cancelled');
    // Accepted free again on a second look: the case goes on, and the complaint shows it.
    await http()
      .post(`/api/v1/complaints/${complaintId}/reassess`)
      .set('authorization', token(['business_head'], 'head-1'))
      .send({ override: { kind: 'accepted_free', justification: 'The forklift report was about another delivery' } })
      .expect(200);
    await eventually(async () => (await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', QA).expect(200)).body.status === 'open', 'the case reinstated');
    await eventually(async () => (await http().get(`/api/v1/complaints/${complaintId}`).set('authorization', CS)).body.qa?.status === 'open', 'the complaint showing it');
    const types = (await store().readStream(`qa.case-${caseId}`)).map((e) => e.type);
    expect(types).toEqual(['qa.QualityCaseOpened', 'qa.QualityCaseCancelled', 'qa.QualityCaseReinstated']);
  });

  it('roles: sales read only their own cases; auditors read and cannot act; another tenant sees nothing', async () => {
    const caseId = (await http().post('/api/v1/qa/cases').set('authorization', SALES_ASSISTANT).send(feedbackForm({ formRef: 'QF-ROLES', severity: 'minor' })).expect(201)).body.caseId;
    await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', SALES_ASSISTANT).expect(200);
    await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', OTHER_SALES).expect(404);
    const own = (await http().get('/api/v1/qa/cases?pageSize=100').set('authorization', OTHER_SALES).expect(200)).body;
    expect(own.items.every((c: { stakeholders: string[] }) => c.stakeholders.includes('sales-9'))).toBe(true);
    await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', AUDITOR).expect(200);
    await http().post(`/api/v1/qa/cases/${caseId}/opinion`).set('authorization', AUDITOR).send({ opinion: 'x' }).expect(403);
    await http().post(`/api/v1/qa/cases/${caseId}/opinion`).set('authorization', SALES_ASSISTANT).send({ opinion: 'x' }).expect(403);
    await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', token(['qa'], 'qa-x', 'globex')).expect(404);
    // AU-1: the event records the role the user acted in, not merely the token's first role.
    await http().post(`/api/v1/qa/cases/${caseId}/opinion`).set('authorization', token(['sales', 'qa'], 'qa-2')).send({ opinion: 'seen' }).expect(200);
    const events = (await http().get(`/api/v1/qa/cases/${caseId}/timeline`).set('authorization', QA).expect(200)).body.events;
    expect(events[events.length - 1]).toMatchObject({ type: 'qa.OpinionRecorded', actor: { id: 'qa-2', role: 'qa' } });
  });

  it('an Idempotency-Key retry after a crash meets the stored form, and refuses another form under that key', async () => {
    // The first attempt stored the case and died before its response was kept: the case exists
    // under the key's id, the interceptor has nothing to replay.
    const firstAttempt = async (key: string, body: Record<string, unknown>) => {
      const caller = { user: { id: 'sa-1', roles: ['sales_assistant' as const], tenantId: TENANT }, correlationId: 'crashed-attempt', idempotencyKey: key };
      await app.get(CommandBus).execute(new OpenCase(caller, plainToInstance(OpenCaseDto, body)));
      return deterministicUuid(TENANT, 'sa-1', key, 'qa.case');
    };
    const same = feedbackForm({ formRef: 'QF-CRASH-1' });
    const caseId = await firstAttempt('form-crash-1', same);
    const retried = await http().post('/api/v1/qa/cases').set('authorization', SALES_ASSISTANT).set('idempotency-key', 'form-crash-1').send(same).expect(201);
    expect(retried.body.caseId).toBe(caseId);
    // ADR 003: the retry is not new, and says so as a replay of a recorded response does.
    expect(retried.headers).toMatchObject({ 'idempotent-replayed': 'true', location: `/api/v1/qa/cases/${caseId}` });
    await firstAttempt('form-crash-2', feedbackForm({ formRef: 'QF-CRASH-2' }));
    const other = await http().post('/api/v1/qa/cases').set('authorization', SALES_ASSISTANT).set('idempotency-key', 'form-crash-2').send(feedbackForm({ formRef: 'QF-OTHER' })).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect((await store().readStream(`qa.case-${caseId}`)).map((e) => e.type)).toEqual(['qa.QualityCaseOpened']);
  });

  it('a CAPA Idempotency-Key retry after a crash answers the CAPA the first attempt opened, marked as a replay', async () => {
    const { caseId } = await registerAccepted({ product: { model: 'PX-CAPA-CRASH', serialNumber: 'SN-CC-1' } });
    const plan = { department: 'production' as const, ownerId: 'prod-9', dueOn: '2026-03-20', correctiveAction: 'fix', preventiveAction: 'prevent' };
    // The first attempt opened the CAPA and died before its response was kept.
    const capaId = deterministicUuid(TENANT, 'qa-1', 'capa-crash-1', 'qa.capa');
    const caller = { user: { id: 'qa-1', roles: ['qa' as const], tenantId: TENANT }, correlationId: 'crashed-attempt', idempotencyKey: 'capa-crash-1' };
    await app.get(CommandBus).execute(new OpenCapa(caller, plainToInstance(CreateCapaDto, { caseId, ...plan })));
    const retried = await http().post('/api/v1/qa/capas').set('authorization', QA).set('idempotency-key', 'capa-crash-1').send({ caseId, ...plan }).expect(201);
    expect(retried.body.capaId).toBe(capaId);
    expect(retried.headers).toMatchObject({ 'idempotent-replayed': 'true', location: `/api/v1/qa/capas/${capaId}` });
    const fresh = await http().post('/api/v1/qa/capas').set('authorization', QA).set('idempotency-key', 'capa-crash-2').send({ caseId, ...plan }).expect(201);
    expect(fresh.headers['idempotent-replayed']).toBeUndefined();
    // A replay of the recorded response keeps its Location.
    const replayed = await http().post('/api/v1/qa/capas').set('authorization', QA).set('idempotency-key', 'capa-crash-2').send({ caseId, ...plan }).expect(201);
    expect(replayed.headers).toMatchObject({ 'idempotent-replayed': 'true', location: `/api/v1/qa/capas/${fresh.body.capaId}` });
  });

  it('refuses bad input field by field and records nothing', async () => {
    const before = (await store().readAll({ streamPrefixes: ['qa.'] })).length;
    const res = await http()
      .post('/api/v1/qa/cases')
      .set('authorization', QA)
      .send(feedbackForm({ severity: 'terrible', defectiveQuantity: 0, product: { model: '' }, receivedAt: 'yesterday', extra: 1 }))
      .expect(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.fieldErrors.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['severity', 'defectiveQuantity', 'product.model', 'receivedAt', 'extra']));
    const future = await http().post('/api/v1/qa/cases').set('authorization', QA).send(feedbackForm({ receivedAt: '2027-01-01T00:00:00Z' })).expect(400);
    expect(future.body.fieldErrors).toEqual([expect.objectContaining({ field: 'receivedAt', code: 'in_future' })]);
    const region = await http().post('/api/v1/qa/cases').set('authorization', QA).send(feedbackForm({ region: 'mars' })).expect(400);
    expect(region.body.fieldErrors).toEqual([expect.objectContaining({ field: 'region', code: 'unknown_region' })]);
    for (const product of [undefined, [], [{ model: 'X' }], 'PX-200']) {
      const body = feedbackForm({ product });
      const bad = await http().post('/api/v1/qa/cases').set('authorization', QA).send(body).expect(400);
      expect(bad.body.fieldErrors.map((f: { field: string }) => f.field)).toContain('product');
    }
    const old = await http().post('/api/v1/qa/cases').set('authorization', QA).send(feedbackForm({ receivedAt: '2020-01-01T00:00:00Z' })).expect(400);
    expect(old.body.fieldErrors).toEqual([expect.objectContaining({ field: 'receivedAt', code: 'too_old' })]);
    await http().get('/api/v1/qa/cases/not-a-uuid').set('authorization', QA).expect(400);
    await http().get('/api/v1/qa/reports/monthly?month=2026-13').set('authorization', QA).expect(400);
    const caseId = (await http().post('/api/v1/qa/cases').set('authorization', QA).send(feedbackForm({ formRef: 'QF-BAD' })).expect(201)).body.caseId;
    const badCapa = await http().post('/api/v1/qa/capas').set('authorization', QA).send({ caseId, department: 'marketing', ownerId: '', dueOn: '2026-02-30x' }).expect(400);
    expect(badCapa.body.fieldErrors.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['department', 'ownerId', 'dueOn', 'correctiveAction', 'preventiveAction']));
    // A day the month does not have is not a date.
    const plan = { caseId, department: 'production', ownerId: 'p-1', correctiveAction: 'c', preventiveAction: 'p' };
    const april31 = await http().post('/api/v1/qa/capas').set('authorization', QA).send({ ...plan, dueOn: '2026-04-31' }).expect(400);
    expect(april31.body.fieldErrors).toEqual([expect.objectContaining({ field: 'dueOn' })]);
    expect((await store().readAll({ streamPrefixes: ['qa.'] })).length).toBe(before + 1);

    const capaId = (await http().post('/api/v1/qa/capas').set('authorization', QA).send({ ...plan, dueOn: '2026-03-20' }).expect(201)).body.capaId;
    const feb30 = await http().post(`/api/v1/qa/capas/${capaId}/verifications`).set('authorization', QA).send({ shipmentId: 'S', checkedOn: '2026-02-30', result: 'pass' }).expect(400);
    expect(feb30.body.fieldErrors).toEqual([expect.objectContaining({ field: 'checkedOn' })]);
    await http().patch(`/api/v1/qa/capas/${capaId}`).set('authorization', QA).send({ dueOn: '2026-03-27' }).expect(400);
    const moved = await http().patch(`/api/v1/qa/capas/${capaId}`).set('authorization', DEPT).send({ dueOn: '2026-03-27', reason: 'supplier late' }).expect(403);
    expect(moved.body.code).toBe('AUTH.FORBIDDEN');
    const owner = await http().patch(`/api/v1/qa/capas/${capaId}`).set('authorization', DEPT).send({ ownerId: 'p-2', reason: 'handed over' }).expect(200);
    expect(owner.body.plan.ownerId).toBe('p-2');
  });

  /*
   * QA-6 inspection of returned goods. Until the warehouse-returns service runs here, its receipt
   * (warehouse-returns.public.ReturnGoodsReceived) is put on the in-process bus as its relay would;
   * QA's answer (qa.public.ReturnInspected) is read off QA's topic by a listener of the test's own.
   */
  describe('QA-6 inspection of returned goods', () => {
    let listener: { stop(): Promise<void> };
    const published: BusMessage[] = [];
    let delivered = 0;

    /** warehouse-returns' receipt of a return's goods, as its relay puts it on the bus. */
    async function receive(returnRequestId: string, overrides: Partial<ReturnGoodsReceivedV1> = {}): Promise<string> {
      const data: ReturnGoodsReceivedV1 = {
        returnRequestId,
        customerId: 'C-RET-1',
        reason: 'quality',
        caseId: null,
        lines: [
          { lineId: 'L1', sku: 'PX-200', serialNumberAuthorised: 'SN-R-1', serialNumberReceived: 'SN-R-1', quantityReceived: 1 },
          { lineId: 'L2', sku: 'PX-300', serialNumberAuthorised: null, serialNumberReceived: null, quantityReceived: 4 },
        ],
        receivedAt: clock.now().toISOString(),
        ...overrides,
      };
      delivered++;
      const event = anEnvelope({
        type: WarehouseReturnsIntegrationEventTypes.ReturnGoodsReceived,
        stream: `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${returnRequestId}`,
        tenantId: TENANT,
        region: 'cn-east',
        occurredAt: clock.now().toISOString(),
        position: BigInt(delivered),
        actor: { id: 'wh-1', role: 'warehouse' },
        data,
      });
      await app.get<MessageBus>(MESSAGE_BUS).publish(WAREHOUSE_RETURNS_TOPIC, [{ key: event.stream, event }]);
      const inspectionId = inspectionIdForReturn(TENANT, returnRequestId);
      await eventually(async () => (await api().GET('/api/v1/qa/inspections/{id}', { params: { path: { id: inspectionId } } })).response.ok, `the inspection of ${returnRequestId}`);
      return inspectionId;
    }

    const findings = (id: string, body: Schemas['RecordInspectionFindingsDto'], auth = QA) => api(auth).POST('/api/v1/qa/inspections/{id}/findings', { params: { path: { id } }, body });
    const complete = (id: string, body: Schemas['CompleteInspectionDto'], auth = QA) => api(auth).POST('/api/v1/qa/inspections/{id}/complete', { params: { path: { id } }, body });
    const inspectedOf = async (inspectionId: string): Promise<ReturnInspectedV1> => {
      await eventually(async () => published.some((m) => m.key === inspectionStream(inspectionId)), `ReturnInspected of ${inspectionId}`);
      const mine = published.filter((m) => m.key === inspectionStream(inspectionId));
      expect(mine.map((m) => m.event.type)).toEqual([QaIntegrationEventTypes.ReturnInspected]);
      return mine[0].event.data as ReturnInspectedV1;
    };

    beforeAll(async () => {
      listener = await app.get<MessageBus>(MESSAGE_BUS).consume(async (m) => void published.push(m), { group: 'test-qa-inspections-listener', topics: [QA_TOPIC] });
    });

    afterAll(async () => {
      await listener?.stop();
    });

    it('QA-6 a quality return from a QA case: one inspection however often the receipt arrives; a confirmed defect names who is responsible and links the case\'s CAPA; QA signs and publishes ReturnInspected', async () => {
      // The QA case the return came from, and the CAPA QA opened on it (QA-4).
      const opened = await ok(
        api().POST('/api/v1/qa/cases', {
          body: { region: 'cn-east', receivedAt: '2026-03-03T09:00:00+08:00', severity: 'severe', customerId: 'C-RET-1', product: { model: 'PX-200', serialNumber: 'SN-R-1' }, category: 'performance', defectNature: 'pressure drop', defectiveQuantity: 1 },
        }),
      );
      const caseId = opened.caseId;
      const capa = await ok(api().POST('/api/v1/qa/capas', { body: { caseId, department: 'production', ownerId: 'prod-lead-1', dueOn: '2026-03-31', correctiveAction: 'Replace the seal batch', preventiveAction: 'Check seals at incoming QC' } }));

      const returnRequestId = '0190f5c2-0000-7000-8000-00000000b001';
      const id = await receive(returnRequestId, { caseId });
      await receive(returnRequestId, { caseId }); // redelivered as a new event: the inspection exists already
      expect((await store().readStream(inspectionStream(id))).map((e) => e.type)).toEqual(['qa.ReturnInspectionOpened']);
      const got = await ok(api(CS).GET('/api/v1/qa/inspections/{id}', { params: { path: { id } } }));
      expect(got).toMatchObject({ inspectionId: id, returnRequestId, caseId, customerId: 'C-RET-1', reason: 'quality', status: 'open', linesPending: 2, region: 'cn-east' });

      // Bad input: 4xx with stable codes, nothing recorded.
      const noPerson = await findings(id, { findings: [{ lineId: 'L1', finding: 'defect_confirmed', responsibleDepartment: 'production' }] });
      expect(noPerson.response.status).toBe(422);
      expect(noPerson.error).toMatchObject({ code: 'QA.RESPONSIBLE_PARTY_REQUIRED', details: { field: 'findings[0].responsiblePerson' } });
      const unknownLine = await findings(id, { findings: [{ lineId: 'L9', finding: 'quality_intact' }] });
      expect(unknownLine.error).toMatchObject({ code: 'QA.INSPECTION_LINE_UNKNOWN' });
      const notAFinding = await findings(id, { findings: [{ lineId: 'L1', finding: 'fine' as never }] });
      expect(notAFinding.response.status).toBe(400);
      const foreignCapa = await findings(id, { findings: [{ lineId: 'L1', finding: 'defect_confirmed', responsibleDepartment: 'production', responsiblePerson: 'p', capaId: '0190f5c2-0000-7000-8000-0000000000ff' }] });
      expect(foreignCapa.error).toMatchObject({ code: 'QA.INSPECTION_CAPA_NOT_LINKABLE', details: { field: 'findings[0].capaId' } });
      const early = await complete(id, { verdict: 'signed' });
      expect(early.response.status).toBe(409);
      expect(early.error).toMatchObject({ code: 'QA.FINDINGS_INCOMPLETE', details: { missing: ['L1', 'L2'] } });
      expect((await findings(id, { findings: [{ lineId: 'L1', finding: 'quality_intact' }] }, CS)).response.status).toBe(403);
      expect((await store().readStream(inspectionStream(id))).map((e) => e.type)).toEqual(['qa.ReturnInspectionOpened']);

      const recorded = await ok(
        findings(id, {
          findings: [
            { lineId: 'L1', finding: 'defect_confirmed', responsibleDepartment: 'production', responsiblePerson: 'prod-lead-1', note: 'seal batch 7 leaks', capaId: capa.capaId },
            { lineId: 'L2', finding: 'quality_intact' },
          ],
        }),
      );
      expect(recorded).toMatchObject({ status: 'open', linesPending: 0 });
      expect(recorded.lines[0]).toMatchObject({ finding: 'defect_confirmed', responsiblePerson: 'prod-lead-1', capaId: capa.capaId, recordedBy: 'qa-1' });
      const refusedSignature = await complete(id, { verdict: 'refused', reason: 'no' });
      expect(refusedSignature.error).toMatchObject({ code: 'QA.VERDICT_CONTRADICTS_FINDINGS' });

      const signed = await ok(complete(id, { verdict: 'signed' }));
      expect(signed).toMatchObject({ status: 'signed', refusalReason: null, inspectedBy: 'qa-1', inspectedAt: clock.now().toISOString() });
      expect((await findings(id, { findings: [{ lineId: 'L2', finding: 'not_resalable' }] })).error).toMatchObject({ code: 'QA.INSPECTION_IS_COMPLETED' });

      expect(await inspectedOf(id)).toEqual({
        inspectionId: id,
        returnRequestId,
        caseId,
        customerId: 'C-RET-1',
        verdict: 'signed',
        reason: null,
        lines: [
          { lineId: 'L1', finding: 'defect_confirmed', responsibleDepartment: 'production', responsiblePerson: 'prod-lead-1', note: 'seal batch 7 leaks' },
          { lineId: 'L2', finding: 'quality_intact', responsibleDepartment: null, responsiblePerson: null, note: null },
        ],
        inspectedAt: clock.now().toISOString(),
      });
      const timeline = await ok(api(AUDITOR).GET('/api/v1/qa/inspections/{id}/timeline', { params: { path: { id } } }));
      expect(timeline.events.map((e) => e.type)).toEqual(['qa.ReturnInspectionOpened', 'qa.ReturnFindingsRecorded', 'qa.ReturnInspectionCompleted']);
    });

    it('QA-6 customer damage: QA refuses to sign with the written reason, and ReturnInspected carries it', async () => {
      const returnRequestId = '0190f5c2-0000-7000-8000-00000000b002';
      const id = await receive(returnRequestId, { reason: 'customer_error', customerId: 'C-RET-2', lines: [{ lineId: 'L1', sku: 'PX-200', serialNumberAuthorised: null, serialNumberReceived: null, quantityReceived: 2 }] });
      const noNote = await findings(id, { findings: [{ lineId: 'L1', finding: 'customer_damage' }] });
      expect(noNote.error).toMatchObject({ code: 'QA.DAMAGE_REASON_REQUIRED', details: { field: 'findings[0].note' } });
      await ok(findings(id, { findings: [{ lineId: 'L1', finding: 'customer_damage', note: 'both units dropped: cracked housings, crushed crate' }] }));
      expect((await complete(id, { verdict: 'signed' })).error).toMatchObject({ code: 'QA.VERDICT_CONTRADICTS_FINDINGS', details: { damaged: ['L1'] } });
      expect((await complete(id, { verdict: 'refused' })).error).toMatchObject({ code: 'QA.REFUSAL_REASON_REQUIRED', details: { field: 'reason' } });
      const refused = await ok(complete(id, { verdict: 'refused', reason: 'The goods were damaged in the customer\'s handling; the return is refused' }));
      expect(refused).toMatchObject({ status: 'refused', refusalReason: 'The goods were damaged in the customer\'s handling; the return is refused' });
      expect(await inspectedOf(id)).toMatchObject({
        verdict: 'refused',
        reason: 'The goods were damaged in the customer\'s handling; the return is refused',
        caseId: null,
        lines: [{ lineId: 'L1', finding: 'customer_damage', note: 'both units dropped: cracked housings, crushed crate' }],
      });
    });

    it('QA-6 lists inspections by status, reason, customer and return request for QA, customer service and the auditor; no one else, and no other tenant', async () => {
      await app.get(ProjectionHost).caughtUp();
      const all = await ok(api(CS).GET('/api/v1/qa/inspections', {}));
      expect(all.items.map((i) => i.returnRequestId)).toEqual(['0190f5c2-0000-7000-8000-00000000b002', '0190f5c2-0000-7000-8000-00000000b001']);
      expect((await ok(api(AUDITOR).GET('/api/v1/qa/inspections', { params: { query: { status: 'refused' } } }))).items.map((i) => i.customerId)).toEqual(['C-RET-2']);
      expect((await ok(api().GET('/api/v1/qa/inspections', { params: { query: { reason: 'quality', customerId: 'C-RET-1' } } }))).total).toBe(1);
      expect((await ok(api().GET('/api/v1/qa/inspections', { params: { query: { returnRequestId: '0190f5c2-0000-7000-8000-00000000b002' } } }))).items[0].status).toBe('refused');
      expect((await ok(api().GET('/api/v1/qa/inspections', { params: { query: { status: 'open' } } }))).total).toBe(0);
      const badFilter = await api().GET('/api/v1/qa/inspections', { params: { query: { status: 'closed' as never } } });
      expect(badFilter.response.status).toBe(400);
      expect((await api(TECHNICIAN).GET('/api/v1/qa/inspections', {})).response.status).toBe(403);
      expect((await ok(api(OTHER_TENANT).GET('/api/v1/qa/inspections', {}))).total).toBe(0);
      const id = inspectionIdForReturn(TENANT, '0190f5c2-0000-7000-8000-00000000b001');
      expect((await api(OTHER_TENANT).GET('/api/v1/qa/inspections/{id}', { params: { path: { id } } })).response.status).toBe(404);
    });
  });

});

describe('QA-7 monthly report (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-04-10T02:00:00.000Z');
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ({ app, dataDir } = await startApp(clock));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  interface Seed {
    readonly receivedAt: string;
    readonly region: string;
    readonly severity: 'minor' | 'severe';
    readonly model: string;
    readonly defect: string;
    readonly determination?: { readonly responsibility: string; readonly ourCause?: string };
    readonly opinion?: boolean;
  }

  // March 2026 as each region's clock has it: the first and last rows sit on the month's edges.
  const march: Seed[] = [
    { receivedAt: '2026-02-28T20:00:00Z', region: 'cn-east', severity: 'minor', model: 'PX-200', defect: 'scratch', determination: { responsibility: 'ours', ourCause: 'production_equipment' }, opinion: true }, // 1 March 04:00 Shanghai
    { receivedAt: '2026-03-05T02:00:00Z', region: 'cn-east', severity: 'minor', model: 'PX-200', defect: 'scratch', determination: { responsibility: 'customer_cause' } },
    { receivedAt: '2026-03-10T02:00:00Z', region: 'cn-north', severity: 'severe', model: 'PX-200', defect: 'pressure drop', determination: { responsibility: 'ours', ourCause: 'technical' }, opinion: true },
    { receivedAt: '2026-03-12T02:00:00Z', region: 'cn-north', severity: 'minor', model: 'VX-10', defect: 'scratch' },
    { receivedAt: '2026-03-20T02:00:00Z', region: 'cn-east', severity: 'severe', model: 'VX-10', defect: 'noise', determination: { responsibility: 'not_our_product' } },
    { receivedAt: '2026-03-31T21:30:00Z', region: 'de', severity: 'minor', model: 'QX-1', defect: 'dent' }, // 31 March 23:30 in Berlin
  ];
  const outside: Seed[] = [
    { receivedAt: '2026-03-31T17:00:00Z', region: 'cn-east', severity: 'minor', model: 'PX-200', defect: 'scratch' }, // 1 April 01:00 Shanghai
    { receivedAt: '2026-02-10T02:00:00Z', region: 'cn-east', severity: 'minor', model: 'PX-200', defect: 'scratch' }, // February
    { receivedAt: '2026-02-11T02:00:00Z', region: 'cn-east', severity: 'minor', model: 'VX-10', defect: 'noise' },
    { receivedAt: '2026-02-12T02:00:00Z', region: 'cn-north', severity: 'minor', model: 'VX-10', defect: 'noise' },
  ];

  async function seed(s: Seed): Promise<string> {
    const body = feedbackForm({ receivedAt: s.receivedAt, region: s.region, severity: s.severity, product: { model: s.model }, defectNature: s.defect, formRef: null });
    delete (body as Record<string, unknown>).formRef;
    const caseId = (await http().post('/api/v1/qa/cases').set('authorization', QA).send(body).expect(201)).body.caseId as string;
    if (s.opinion) await http().post(`/api/v1/qa/cases/${caseId}/opinion`).set('authorization', QA).send({ opinion: 'seen' }).expect(200);
    if (s.determination) {
      const explanation = s.determination.responsibility === 'ours' ? {} : { explanationToCustomer: 'Explained in writing' };
      await http()
        .post(`/api/v1/qa/cases/${caseId}/determination`)
        .set('authorization', QA)
        .send({ ...s.determination, ...explanation, summary: 'seeded', evidenceRefs: ['ev-1'] })
        .expect(200);
    }
    return caseId;
  }

  it('counts what the seeded cases say, by determination, severity, product, defect and region, with hot spots and deadlines', async () => {
    const caseIds = [];
    for (const s of [...march, ...outside]) caseIds.push(await seed(s));
    // Opened in error and cancelled: not a quality problem, not counted.
    const cancelled = await seed({ receivedAt: '2026-03-15T02:00:00Z', region: 'cn-east', severity: 'minor', model: 'PX-200', defect: 'scratch' });
    await http().post(`/api/v1/qa/cases/${cancelled}/cancel`).set('authorization', QA).send({ reason: 'entered twice' }).expect(200);
    caseIds.push(cancelled);
    // A CAPA for the severe ours case (opened in April, so not in March's CAPA counts).
    await http()
      .post('/api/v1/qa/capas')
      .set('authorization', QA)
      .send({ caseId: caseIds[2], department: 'engineering', ownerId: 'eng-1', dueOn: '2026-04-20', correctiveAction: 'fix', preventiveAction: 'prevent' })
      .expect(201);
    await eventually(async () => (await http().get('/api/v1/qa/cases?pageSize=1').set('authorization', QA)).body.total === caseIds.length, 'every case listed');
    await eventually(async () => (await http().get('/api/v1/qa/cases?responsibility=not_our_product').set('authorization', QA)).body.total === 1, 'determinations listed');
    await eventually(async () => (await http().get('/api/v1/qa/cases?status=cancelled').set('authorization', QA)).body.total === 1, 'the cancellation listed');

    const report = (await http().get('/api/v1/qa/reports/monthly?month=2026-03').set('authorization', QA).expect(200)).body;
    expect(report.cases).toEqual({
      total: 6,
      previousTotal: 3,
      change: 3,
      byDetermination: { ours: 2, human_factor: 0, customer_cause: 1, not_our_product: 1, undetermined: 2 },
      byOurCause: { technical: 1, production_equipment: 1, management: 0 },
      bySeverity: { minor: 4, severe: 2 },
      byProduct: [
        { key: 'PX-200', count: 3 },
        { key: 'VX-10', count: 2 },
        { key: 'QX-1', count: 1 },
      ],
      byDefectNature: [
        { key: 'scratch', count: 3 },
        { key: 'dent', count: 1 },
        { key: 'noise', count: 1 },
        { key: 'pressure drop', count: 1 },
      ],
      byRegion: [
        { key: 'cn-east', count: 3 },
        { key: 'cn-north', count: 2 },
        { key: 'de', count: 1 },
      ],
    });
    expect(report.hotSpots.products).toEqual([
      { key: 'PX-200', count: 3, previous: 1, change: 2 },
      { key: 'VX-10', count: 2, previous: 2, change: 0 },
      { key: 'QX-1', count: 1, previous: 0, change: 1 },
    ]);
    // Opinions: two given (entered on 10 April, after their due dates: met late); of the four never
    // given, three were past due by the month's end and Berlin's (due 1 April) was not yet.
    expect(report.deadlines).toEqual({ total: 6, metOnTime: 0, metLate: 2, missed: 0, openOverdue: 3, openNotDue: 1, cancelled: 0, complianceRate: 0 });
    // QA-7: all regions do not end March at one instant; each case is judged as of its own region's end.
    expect(report.asOf).toBeNull();
    expect(report.asOfByRegion).toMatchObject({ 'cn-east': '2026-03-31T16:00:00.000Z', 'cn-north': '2026-03-31T16:00:00.000Z', de: '2026-03-31T22:00:00.000Z' });
  });

  it('one region, and CSV for Accept: text/csv', async () => {
    const east = (await http().get('/api/v1/qa/reports/monthly?month=2026-03&region=cn-east').set('authorization', QA).expect(200)).body;
    expect(east.cases.total).toBe(3);
    expect(east.cases.byRegion).toEqual([{ key: 'cn-east', count: 3 }]);
    expect(east).toMatchObject({ asOf: '2026-03-31T16:00:00.000Z', asOfByRegion: { 'cn-east': '2026-03-31T16:00:00.000Z' } });
    const csv = await http().get('/api/v1/qa/reports/monthly?month=2026-03&region=cn-east').set('authorization', QA).set('accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe('section,key,count,previous,change');
    expect(rows).toContain('cases,total,3,2,1');
    expect(rows).toContain('determination,ours,1,,');
    await http().get('/api/v1/qa/reports/monthly?month=2026-03&region=mars').set('authorization', QA).expect(400);
    await http().get('/api/v1/qa/reports/monthly?month=2026-03').set('authorization', SALES_ASSISTANT).expect(403);
  });
});

describe('QA across a standalone restart', () => {
  const clock = new ManualClock('2026-03-03T03:00:00.000Z');

  it('rebuilds cases and the outcome on the complaint from the log, opening nothing twice', async () => {
    const started = await startApp(clock);
    const dataDir = started.dataDir;
    let app = started.app;
    try {
      const http = () => request(app.getHttpServer());
      const registered = await http().post('/api/v1/complaints').set('authorization', CS).send(complaint({ product: { model: 'PX-R', serialNumber: 'SN-R' } })).expect(201);
      const complaintId = registered.body.complaintId as string;
      const caseId = caseIdForComplaint(TENANT, complaintId);
      await eventually(async () => (await http().get(`/api/v1/qa/cases/${caseId}`).set('authorization', QA)).status === 200, 'the case');
      await http()
        .post(`/api/v1/qa/cases/${caseId}/determination`)
        .set('authorization', QA)
        .send({ responsibility: 'human_factor', summary: 'Operator error', evidenceRefs: ['ev-9'], explanationToCustomer: 'Panel struck during installation' })
        .expect(200);
      await eventually(async () => (await http().get(`/api/v1/complaints/${complaintId}`).set('authorization', CS)).body.qa?.responsibility === 'human_factor', 'the outcome');
      await app.close();

      // In-memory read models, checkpoints and inboxes start empty: everything is replayed and redelivered.
      app = await openApp(dataDir, clock);
      const again = () => request(app.getHttpServer());
      await eventually(async () => (await again().get(`/api/v1/complaints/${complaintId}`).set('authorization', CS)).body.qa?.responsibility === 'human_factor', 'the outcome after the restart');
      const listed = (await again().get(`/api/v1/qa/cases?complaintId=${complaintId}`).set('authorization', QA).expect(200)).body;
      expect(listed.total).toBe(1);
      expect(listed.items[0]).toMatchObject({ caseId, status: 'determined', responsibility: 'human_factor' });
      const events = await app.get<EventStore>(EVENT_STORE).readStream(`qa.case-${caseId}`);
      expect(events.map((e) => e.type)).toEqual(['qa.QualityCaseOpened', 'qa.DeterminationMade']);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
