import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { BusMessage, EVENT_STORE, EventStore, MESSAGE_BUS, ManualClock, MessageBus, deterministicUuid } from '@aftersales/eventsourcing';
import { INTAKE_TOPIC, IntakeIntegrationEventTypes } from '@aftersales/contracts';
import { DeadlineSchedulerHost, ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { plainToInstance } from 'class-transformer';
import { CommandBus } from '@nestjs/cqrs';
import { RegisterComplaint, RegisterComplaintDto } from '@aftersales/intake';
import { createStandaloneApp } from './app';
import { complaintBody, registration } from './testing/complaint-body';
import { apiClient, baseUrlOf, ok } from './testing/client/client';

/** End-to-end over HTTP on the standalone app: intake's rules IN-1..IN-10 as customer service meets them. */
const SECRET = 'i'.repeat(40);
const token = (roles: string[], tenant = 'acme', subject = 'cs-1') => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: tenant })}`;
const CS = token(['customer_service']);
const SUPERVISOR = token(['business_head'], 'acme', 'head-1');

const complaint = complaintBody;

async function start(dataDir: string, clock: ManualClock, env: Record<string, string> = {}): Promise<INestApplication> {
  const { app } = await createStandaloneApp(
    { DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '20', ...env },
    { clock },
  );
  // Listening, for the typed client (testing/client), which speaks HTTP like any client.
  await app.listen(0, '127.0.0.1');
  await app.get(ProjectionHost).caughtUp();
  return app;
}

/** Polls an async condition (the read models follow the log asynchronously). */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function scratch(label: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `aftersales-${label}-`));
  await copyPgliteTemplateTo(join(dir, 'pglite'));
  return dir;
}

describe('intake over HTTP (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-03T03:00:00.000Z'); // 11:00 in Shanghai
  const http = () => request(app.getHttpServer());
  /** The client typed by the OpenAPI document: tsc checks these calls' bodies against the contract. */
  const api = (auth = CS) => apiClient(baseUrlOf(app), auth);
  const streams = async () => new Set((await app.get<EventStore>(EVENT_STORE).readAll({ streamPrefixes: ['intake.complaint-'] })).map((e) => e.stream)).size;
  const register = (body: object, auth = CS) => http().post('/api/v1/complaints').set('authorization', auth).send(body);
  const listed = async (query: string) => (await http().get(`/api/v1/complaints?${query}`).set('authorization', CS).expect(200)).body;
  /** The list has caught up with every complaint stored so far. */
  const caughtUp = async () => {
    const stored = await streams();
    await eventually(async () => (await listed('pageSize=1')).total >= stored, `${stored} complaints listed`);
  };

  beforeAll(async () => {
    dataDir = await scratch('intake');
    app = await start(dataDir, clock);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('IN-1..IN-3 registers a complaint and accepts it free within the window, with machine-readable reasons', async () => {
    const registered = await api().POST('/api/v1/complaints', { body: registration() });
    expect(registered.response.status).toBe(201);
    const res = { body: registered.data };
    expect(registered.response.headers.get('location')).toBe(`/api/v1/complaints/${registered.data?.complaintId}`);
    expect(res.body).toMatchObject({
      status: 'registered',
      category: 'appearance',
      receivedAt: '2026-03-03T02:00:00.000Z',
      acceptance: {
        kind: 'accepted_free',
        decidedBy: 'policy',
        policyVersion: 'default@2026.1',
        reasons: expect.arrayContaining([
          { rule: 'IN-3', code: 'WITHIN_WINDOW', details: expect.objectContaining({ windowWorkingDays: 3, workingDaysCounted: 1, goodsReceivedOn: '2026-03-02' }) },
          // IN-5: an exchange was asked for; the dead-on-arrival swap needs evidence not given yet.
          { rule: 'IN-5', code: 'DOA_SWAP_CONDITIONS_MISSING', details: { doaDays: 15, daysSinceReceipt: 1, missing: ['test_report', 'intact_packaging', 'intact_appearance'] } },
        ]),
      },
      deadlines: expect.arrayContaining([
        { obligation: 'acknowledge', dueAt: '2026-03-03T04:00:00.000Z', state: 'open' },
        { obligation: 'report_up', dueAt: '2026-03-03T06:00:00.000Z', state: 'open' },
        { obligation: 'forward', dueAt: '2026-03-04T16:00:00.000Z', state: 'open' },
      ]),
      labels: { category: 'Appearance damage', acceptance: 'Accepted, free of charge' },
    });
    expect(res.body?.acceptance?.calendarVersion).toMatch(/^cn:chinese-days@1\.5\.7/);
    expect(res.body).not.toHaveProperty('_id');
  });

  it('IN-3 rejects appearance damage reported after 3 working days, saying why', async () => {
    const res = await register(complaint({ goodsReceivedOn: '2026-02-12', deliveredOn: '2026-02-10', defect: { nature: 'dent' }, product: { model: 'PX-9' } })).expect(201);
    expect(res.body.acceptance).toMatchObject({
      kind: 'rejected',
      reasons: expect.arrayContaining([
        { rule: 'IN-3', code: 'WINDOW_EXPIRED', details: expect.objectContaining({ windowWorkingDays: 3, workingDaysCounted: 9, windowEndsAt: '2026-02-24T16:00:00.000Z' }) },
      ]),
    });
  });

  it('IN-3 a report on the Saturday after the window ended is late, though no 4th working day has begun', async () => {
    // Received Tue 2026-01-13: Wed, Thu, Fri are working days 1..3; the window ends Fri 24:00 Shanghai.
    const res = await register(
      complaint({ goodsReceivedOn: '2026-01-13', deliveredOn: '2026-01-12', receivedAt: '2026-01-17T10:00:00+08:00', defect: { nature: 'dent', firstSeenOn: '2026-01-13' }, product: { model: 'PX-SAT' } }),
    ).expect(201);
    expect(res.body.acceptance).toMatchObject({
      kind: 'rejected',
      reasons: [{ rule: 'IN-3', code: 'WINDOW_EXPIRED', details: expect.objectContaining({ workingDaysCounted: 3, windowEndsAt: '2026-01-16T16:00:00.000Z', reportedOn: '2026-01-17' }) }, expect.anything()],
    });
  });

  it('IN-4 / IN-5 takes a component in any case; an excluded one is paid, with no swap among its reasons; reasons are labelled', async () => {
    const res = await register(
      complaint({
        category: 'performance',
        product: { model: 'PH-1', productLine: 'phone', component: 'LCD' },
        deadOnArrival: { testReportRef: 'att-report-1', packagingIntact: true, appearanceIntact: true },
      }),
    )
      .set('accept-language', 'zh-CN')
      .expect(201);
    expect(res.body.facts.product.component).toBe('lcd');
    expect(res.body.acceptance.kind).toBe('accepted_paid');
    const codes = res.body.acceptance.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(['WITHIN_WARRANTY', 'EXCLUDED_COMPONENT', 'DOA_SWAP_NOT_APPLICABLE']);
    expect(res.body.labels).toMatchObject({ 'reason.EXCLUDED_COMPONENT': '该部件不在保修范围内', 'reason.WITHIN_WARRANTY': '在保修期内' });
  });

  it('labels enums in Chinese for Accept-Language: zh-CN', async () => {
    const res = await register(complaint({ product: { model: 'PX-300' } })).set('accept-language', 'zh-CN,zh;q=0.9').expect(201);
    expect(res.body.labels).toMatchObject({ status: '已登记', category: '外观损伤', acceptance: '免费受理', channel: '热线电话' });
    expect(res.body.language).toBe('zh-CN');
  });

  it('the same Idempotency-Key twice makes one complaint and returns the first response', async () => {
    const before = await streams();
    const body = complaint({ product: { model: 'PX-400', serialNumber: 'SN-IDEM' } });
    const first = await register(body).set('idempotency-key', 'call-2026-03-03-0042').expect(201);
    const second = await register(body).set('idempotency-key', 'call-2026-03-03-0042').expect(201);
    expect(second.body.complaintId).toBe(first.body.complaintId);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers.location).toBe(`/api/v1/complaints/${first.body.complaintId}`);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await streams()).toBe(before + 1);
  });

  it('an Idempotency-Key retry after a crash answers the complaint the first attempt stored, marked as a replay (ADR 003)', async () => {
    // The first attempt stored the complaint and died before its response was kept.
    const body = complaint({ product: { model: 'PX-CRASH', serialNumber: 'SN-CRASH' } });
    const id = deterministicUuid('acme', 'cs-1', 'call-crash-1', 'intake.complaint');
    const user = { id: 'cs-1', roles: ['customer_service' as const], tenantId: 'acme' };
    const caller = { user, correlationId: 'crashed-attempt', idempotencyKey: 'call-crash-1' };
    await app.get(CommandBus).execute(new RegisterComplaint(caller, plainToInstance(RegisterComplaintDto, body)));
    const before = await streams();
    const retry = await register(body).set('idempotency-key', 'call-crash-1').expect(201);
    expect(retry.body.complaintId).toBe(id);
    expect(retry.headers).toMatchObject({ 'idempotent-replayed': 'true', location: `/api/v1/complaints/${id}` });
    expect(await streams()).toBe(before);
  });

  it('refuses bad input field by field and records nothing', async () => {
    const before = await streams();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ defectiveQuantity: 11 }, 'defectiveQuantity', 'exceeds_shipped'],
      [{ receivedAt: '2026-03-04T10:00:00+08:00' }, 'receivedAt', 'in_future'],
      [{ deliveredOn: '2026-03-05' }, 'deliveredOn', 'in_future'],
      [{ goodsReceivedOn: '2026-02-26' }, 'goodsReceivedOn', 'before_delivery'],
      [{ goodsReceivedOn: '2026-02-30' }, 'goodsReceivedOn', 'invalid_date'],
      // A date is the calendar's LocalDate (libs/calendar isLocalDate), as in QA: no month 13, no day 45.
      [{ goodsReceivedOn: '2026-13-45' }, 'goodsReceivedOn', 'invalid_date'],
      [{ deliveredOn: '2026-13-45' }, 'deliveredOn', 'invalid_date'],
      [{ defect: { nature: 'scratch', firstSeenOn: '2026-13-45' } }, 'defect.firstSeenOn', 'invalid_date'],
      [{ category: 'cosmic_rays' }, 'category', 'isIn'],
      [{ region: 'atlantis' }, 'region', 'unknown_region'],
      [{ product: { model: 'PX', productLine: 'toaster' } }, 'product.productLine', 'unknown_product_line'],
      [{ description: 'x'.repeat(4001) }, 'description', 'maxLength'],
      [{ receivedAt: '2026-03-03T10:00:00' }, 'receivedAt', 'matches'],
      [{ favouriteColour: 'red' }, 'favouriteColour', 'unknown_field'],
      [{ receivedAt: '9999-12-31T23:59:59-14:00' }, 'receivedAt', 'matches'],
      [{ receivedAt: '2026-03-03T10:00:00+23:59' }, 'receivedAt', 'matches'],
      [{ receivedAt: '2014-03-03T10:00:00+08:00' }, 'receivedAt', 'too_old'],
      [{ deliveredOn: '1980-01-01', goodsReceivedOn: '1980-01-02' }, 'deliveredOn', 'too_old'],
      [{ product: { model: 'PX', productLine: 'constructor' } }, 'product.productLine', 'unknown_product_line'],
      [{ shippedQuantity: '10' }, 'shippedQuantity', 'isInt'],
      [{ customer: null }, 'customer', 'isDefined'],
      // Absent or not an object: a 400, never a 500 from reading a field of it.
      [{ customer: undefined }, 'customer', 'isDefined'],
      [{ product: undefined }, 'product', 'isDefined'],
      [{ defect: [] }, 'defect', 'isObject'],
      [{ product: ['PX-200'] }, 'product', 'isObject'],
      [{ warrantyCard: [{ months: 24 }] }, 'warrantyCard', 'isObject'],
      [{ customer: { id: 'C-1', name: 'x', tier: 'standard', vip: true } }, 'customer.vip', 'unknown_field'],
    ];
    for (const [patch, field, code] of cases) {
      const res = await register(complaint(patch)).expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(res.body.fieldErrors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(await streams()).toBe(before);
  });

  it('walks the lifecycle; a wrong transition is 409 naming the current state; the timeline shows who did what', async () => {
    const { complaintId: id } = await ok(api().POST('/api/v1/complaints', { body: registration({ product: { model: 'PX-500' } }) }));
    const params = { path: { id } };
    const early = await api().POST('/api/v1/complaints/{id}/forward', { params, body: { targets: [{ target: 'supervisor' }] } });
    expect([early.response.status, early.error?.code]).toEqual([409, 'INTAKE.COMPLAINT_IS_REGISTERED']);
    await ok(api().POST('/api/v1/complaints/{id}/acknowledge', { params, body: { note: 'called back' } }));
    const again = await api().POST('/api/v1/complaints/{id}/acknowledge', { params, body: {} });
    expect(again.response.status).toBe(409);
    expect(again.error).toMatchObject({ code: 'INTAKE.COMPLAINT_IS_ACKNOWLEDGED', details: { status: 'acknowledged', command: 'acknowledge' } });
    const forwarded = await ok(
      api(token(['sales'], 'acme', 'rep-1')).POST('/api/v1/complaints/{id}/forward', { params, body: { targets: [{ target: 'supervisor', personId: 'sup-1' }, { target: 'sales_assistant' }] } }),
    );
    // IN-7 / IN-8: forwarding to the supervisor also reports the complaint up.
    expect(forwarded.deadlines).toEqual(
      expect.arrayContaining([expect.objectContaining({ obligation: 'forward', state: 'met' }), expect.objectContaining({ obligation: 'report_up', state: 'met' })]),
    );
    await ok(api().POST('/api/v1/complaints/{id}/escalate', { params, body: { to: 'business_head', reason: 'customer upset', severity: 'severe' } }));
    const closed = await ok(api().POST('/api/v1/complaints/{id}/close', { params, body: { resolutionSummary: 'panel replaced' } }));
    expect(closed).toMatchObject({ status: 'closed', severity: 'severe', nextDueAt: null });
    expect((await api().POST('/api/v1/complaints/{id}/withdraw', { params, body: { reason: 'late' } })).error?.code).toBe('INTAKE.COMPLAINT_IS_CLOSED');
    expect((await api().POST('/api/v1/complaints/{id}/reassess', { params, body: {} })).response.status).toBe(403);
    const timeline = await ok(api(token(['auditor'])).GET('/api/v1/complaints/{id}/timeline', { params }));
    expect(timeline.events.map((e) => `${e.type}:${e.actor.id}`)).toEqual([
      'intake.ComplaintRegistered:cs-1',
      'intake.AcceptanceDecided:cs-1',
      'intake.ComplaintAcknowledged:cs-1',
      'intake.ComplaintForwarded:rep-1',
      'intake.ComplaintEscalated:cs-1',
      'intake.ComplaintClosed:cs-1',
    ]);
    const fetched = await ok(api().GET('/api/v1/complaints/{id}', { params, headers: { 'Accept-Language': 'zh-CN' } }));
    expect([fetched.status, fetched.language, fetched.labels.status]).toEqual(['closed', 'zh-CN', expect.any(String)]);
    const listed = async () => ok(api().GET('/api/v1/complaints', { params: { query: { status: 'closed', severity: 'severe', pageSize: 100 } } }));
    await eventually(async () => (await listed()).items.some((c) => c.complaintId === id), 'the closed complaint listed');
  });

  it('IN-6 invalidates with the explanation for the customer', async () => {
    const id = (await register(complaint({ product: { model: 'OTHER-1' } })).expect(201)).body.complaintId;
    const res = await http()
      .post(`/api/v1/complaints/${id}/invalidate`)
      .set('authorization', CS)
      .send({ reason: 'not_our_product', explanationToCustomer: '经核实该产品非本公司生产。' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'invalid', invalidity: { reason: 'not_our_product', explanationToCustomer: '经核实该产品非本公司生产。' } });
  });

  it('a reassessment refuses null corrections and records nothing', async () => {
    const id = (await register(complaint({ product: { model: 'PX-610' } })).expect(201)).body.complaintId;
    const before = (await http().get(`/api/v1/complaints/${id}/timeline`).set('authorization', CS).expect(200)).body.events.length;
    const res = await http()
      .post(`/api/v1/complaints/${id}/reassess`)
      .set('authorization', SUPERVISOR)
      .send({ corrections: { usedAsInstructed: null, suspectedCause: null } })
      .expect(400);
    expect(res.body.fieldErrors.map((f: { field: string }) => f.field).sort()).toEqual(['corrections.suspectedCause', 'corrections.usedAsInstructed']);
    expect((await http().get(`/api/v1/complaints/${id}/timeline`).set('authorization', CS).expect(200)).body.events).toHaveLength(before);
  });

  it('a supervisor reassesses: an override with a justification replaces the outcome', async () => {
    const id = (await register(complaint({ goodsReceivedOn: '2026-02-12', deliveredOn: '2026-02-10', product: { model: 'PX-600' } })).expect(201)).body.complaintId;
    const res = await http()
      .post(`/api/v1/complaints/${id}/reassess`)
      .set('authorization', SUPERVISOR)
      .send({ override: { kind: 'accepted_paid', justification: 'long-standing customer' } })
      .expect(200);
    expect(res.body.acceptance).toMatchObject({ kind: 'accepted_paid', decidedBy: 'supervisor', justification: 'long-standing customer' });
  });

  it("refuses an empty reassessment, naming the fields, and keeps the supervisor's override", async () => {
    const id = (await register(complaint({ goodsReceivedOn: '2026-02-12', deliveredOn: '2026-02-10', product: { model: 'PX-620' } })).expect(201)).body.complaintId;
    const reassess = (body: object) => http().post(`/api/v1/complaints/${id}/reassess`).set('authorization', SUPERVISOR).send(body);
    await reassess({ override: { kind: 'accepted_paid', justification: 'long-standing customer' } }).expect(200);
    const events = async () => (await http().get(`/api/v1/complaints/${id}/timeline`).set('authorization', CS).expect(200)).body.events.length;
    const before = await events();
    const fields = (res: request.Response) => res.body.fieldErrors.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort();
    const empty = await reassess({}).expect(400);
    expect(empty.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(fields(empty)).toEqual(['override:decision_required', 'reevaluate:decision_required']);
    expect(fields(await reassess({ reevaluate: true }).expect(400))).toEqual(['reason:required']);
    expect(fields(await reassess({ reevaluate: false, reason: 'x' }).expect(400))).toContain('reevaluate:isIn');
    expect(fields(await reassess({ reevaluate: true, reason: 'x', override: { kind: 'rejected', justification: 'y' } }).expect(400))).toEqual([
      'override:override_and_reevaluate',
      'reevaluate:override_and_reevaluate',
    ]);
    expect(await events()).toBe(before);
    const kept = await http().get(`/api/v1/complaints/${id}`).set('authorization', CS).expect(200);
    expect(kept.body.acceptance).toMatchObject({ kind: 'accepted_paid', justification: 'long-standing customer' });
    const rerun = await reassess({ reevaluate: true, reason: 'override entered on the wrong complaint' }).expect(200);
    expect(rerun.body.acceptance).toMatchObject({ kind: 'rejected', decidedBy: 'supervisor', justification: 'override entered on the wrong complaint' });
  });

  it('IN-9 / IN-10 flags priority and repeats; the list filters, pages and sorts; filters are validated', async () => {
    const first = (await register(complaint({ product: { model: 'PX-700', serialNumber: 'SN-REPEAT' } })).expect(201)).body;
    // IN-10 is about a problem coming back after the case was dealt with: close the first one.
    await http().post(`/api/v1/complaints/${first.complaintId}/acknowledge`).set('authorization', CS).send({}).expect(200);
    await http().post(`/api/v1/complaints/${first.complaintId}/close`).set('authorization', CS).send({ resolutionSummary: 'repaired' }).expect(200);
    await eventually(async () => (await listed('status=closed&pageSize=100')).items.some((c: { complaintId: string }) => c.complaintId === first.complaintId), 'the closed case listed');
    const repeat = (await register(complaint({ customer: { id: 'C-2', name: '大客户', tier: 'key' }, product: { model: 'PX-700', serialNumber: 'SN-REPEAT' } })).expect(201)).body;
    expect(repeat).toMatchObject({ repeat: true, repeatOf: { complaintId: first.complaintId, matchedOn: 'serial' }, highPriority: true, ownerId: 'cs-1' });
    await caughtUp();
    const repeats = await listed('repeat=true');
    expect(repeats.items.map((c: { complaintId: string }) => c.complaintId)).toEqual([repeat.complaintId]);
    const rejected = await listed('acceptance=rejected&category=appearance');
    expect(rejected.items.length).toBeGreaterThan(0);
    expect(rejected.items.every((c: { acceptance: { kind: string } }) => c.acceptance.kind === 'rejected')).toBe(true);
    const paged = await listed('pageSize=2&page=2&sort=receivedAt');
    expect(paged).toMatchObject({ page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
    const priority = await listed('sort=priority&pageSize=1');
    expect(priority.items[0].highPriority).toBe(true);
    for (const bad of ['status=bogus', 'customer[$ne]=x', 'overdue=maybe', 'pageSize=1000', 'sort=password', 'receivedFrom=yesterday', 'tenantId=other']) {
      const res = await http().get(`/api/v1/complaints?${bad}`).set('authorization', CS).expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
  });

  it('another tenant sees none of it', async () => {
    const id = (await register(complaint({ product: { model: 'PX-800' } })).expect(201)).body.complaintId;
    const other = token(['customer_service'], 'globex');
    await http().get(`/api/v1/complaints/${id}`).set('authorization', other).expect(404);
    await http().post(`/api/v1/complaints/${id}/acknowledge`).set('authorization', other).send({}).expect(404);
    expect((await http().get('/api/v1/complaints').set('authorization', other).expect(200)).body.total).toBe(0);
  });

  it('publishes the integration events other contexts consume (libs/contracts, intake v1)', async () => {
    const received: BusMessage[] = [];
    const consumer = await app.get<MessageBus>(MESSAGE_BUS).consume(async (m) => void received.push(m), { group: 'test-intake-listener', topics: [INTAKE_TOPIC] });
    try {
      const id = (await register(complaint({ product: { model: 'PX-900', serialNumber: 'SN-PUB' } })).expect(201)).body.complaintId;
      await eventually(async () => received.filter((m) => m.key === `intake.complaint-${id}`).length === 2, 'the published events');
      const mine = received.filter((m) => m.key === `intake.complaint-${id}`);
      expect(mine.map((m) => m.event.type)).toEqual([IntakeIntegrationEventTypes.ComplaintRegistered, IntakeIntegrationEventTypes.ComplaintAccepted]);
      expect(mine[1].event.data).toMatchObject({ complaintId: id, acceptance: 'free', category: 'appearance', product: { model: 'PX-900', serialNumber: 'SN-PUB' }, reassessed: false });
      expect(mine[1].event.policyVersion).toBe('default@2026.1');
      // Private facts stay private: an acknowledgement is not published. The relay goes in store
      // order, so once a later complaint's registration arrives, the acknowledgement was passed over.
      await request(app.getHttpServer()).post(`/api/v1/complaints/${id}/acknowledge`).set('authorization', CS).send({}).expect(200);
      const later = (await register(complaint({ product: { model: 'PX-901' } })).expect(201)).body.complaintId;
      await eventually(async () => received.some((m) => m.key === `intake.complaint-${later}`), 'the later registration');
      expect(received.filter((m) => m.key === `intake.complaint-${id}`)).toHaveLength(2);
      expect(received.every((m) => m.event.type.startsWith('intake.public.'))).toBe(true);
    } finally {
      await consumer.stop();
    }
  });

  it('serves the policy in force and its schema', async () => {
    const res = await http().get('/api/v1/policies/current').set('authorization', CS).expect(200);
    expect(res.body).toMatchObject({ policyVersion: 'default@2026.1', policy: { response: { acknowledge: { hours: 2 } } } });
    expect(res.body.schema.title).toBe('aftersales intake policy');
  });

  it('documents the intake API in OpenAPI', async () => {
    const docs = await http().get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/complaints', '/api/v1/complaints/{id}', '/api/v1/complaints/{id}/timeline', '/api/v1/complaints/{id}/reassess', '/api/v1/policies/current']),
    );
  });
});

describe('intake deadlines across restarts (IN-7, IN-8)', () => {
  it('raises DeadlineMissed once when due, across a restart, and never for an obligation met', async () => {
    const dataDir = await scratch('deadlines');
    const clock = new ManualClock('2026-03-03T02:30:00.000Z');
    let app = await start(dataDir, clock);
    try {
      const post = (path: string, body: object) => request(app.getHttpServer()).post(path).set('authorization', CS).send(body);
      const late = (await post('/api/v1/complaints', complaint()).expect(201)).body.complaintId as string;
      const met = (await post('/api/v1/complaints', complaint({ product: { model: 'PX-2' } })).expect(201)).body.complaintId as string;
      await post(`/api/v1/complaints/${met}/acknowledge`, {}).expect(200);
      await app.close();

      // Down while the acknowledgement deadline (04:00Z) passes; back up after it.
      clock.set('2026-03-03T04:30:00.000Z');
      app = await start(dataDir, clock);
      const missed = async (id: string) => (await app.get<EventStore>(EVENT_STORE).readStream(`intake.complaint-${id}`)).filter((e) => e.type === 'intake.DeadlineMissed');
      await eventually(async () => (await missed(late)).length === 1, 'the missed acknowledgement');
      const [event] = await missed(late);
      expect(event.data).toEqual({ complaintId: late, obligation: 'acknowledge', dueAt: '2026-03-03T04:00:00.000Z', responsibleId: 'cs-1' });
      expect(event.actor).toEqual({ id: 'deadline-scheduler', role: 'system' });
      // More ticks and another restart change nothing; the acknowledged one never misses.
      await app.get(DeadlineSchedulerHost).tickAll();
      await app.close();
      app = await start(dataDir, clock);
      await app.get(DeadlineSchedulerHost).tickAll();
      expect(await missed(late)).toHaveLength(1);
      expect(await missed(met)).toHaveLength(0);

      const overdue = await request(app.getHttpServer()).get('/api/v1/complaints?overdue=true').set('authorization', CS).expect(200);
      expect(overdue.body.items.map((c: { complaintId: string }) => c.complaintId)).toEqual([late]);
      const view = await request(app.getHttpServer()).get(`/api/v1/complaints/${late}`).set('authorization', CS).expect(200);
      expect(view.body.deadlines).toContainEqual({ obligation: 'acknowledge', dueAt: '2026-03-03T04:00:00.000Z', state: 'missed' });
      // A missed deadline makes the complaint overdue and is no longer "next": report-up (06:00Z) is.
      expect(view.body).toMatchObject({ overdue: true, nextDueAt: '2026-03-03T06:00:00.000Z' });
      expect(overdue.body.items[0]).toMatchObject({ overdue: true, nextDueAt: '2026-03-03T06:00:00.000Z' });
      const onTime = await request(app.getHttpServer()).get(`/api/v1/complaints/${met}`).set('authorization', CS).expect(200);
      expect(onTime.body).toMatchObject({ overdue: false, nextDueAt: '2026-03-03T06:00:00.000Z' });
      // Past the report-up due time by the clock, before the scheduler records the miss: overdue already.
      clock.set('2026-03-03T06:00:00.000Z');
      const passed = await request(app.getHttpServer()).get(`/api/v1/complaints/${met}`).set('authorization', CS).expect(200);
      expect(passed.body).toMatchObject({ overdue: true, nextDueAt: '2026-03-04T16:00:00.000Z' });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('a policy that does not match the schema stops start-up with the variable, path and reason (INTAKE_POLICY_FILE, or POLICY_FILE its alias)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftersales-policy-'));
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, 'id: acme\nversion: "1"\n');
    const refusal = (variable: string) => new RegExp(`\\n  ${variable}: policy ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is invalid: name: is required`);
    try {
      await expect(createStandaloneApp({ DATA_DIR: dir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', INTAKE_POLICY_FILE: file })).rejects.toThrow(refusal('INTAKE_POLICY_FILE'));
      await expect(createStandaloneApp({ DATA_DIR: dir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', POLICY_FILE: file })).rejects.toThrow(refusal('POLICY_FILE'));
      await expect(createStandaloneApp({ DATA_DIR: dir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', INTAKE_POLICY_FILE: file, POLICY_FILE: join(dir, 'other.yaml') })).rejects.toThrow(
        /INTAKE_POLICY_FILE \(.*policy\.yaml\) and POLICY_FILE \(.*other\.yaml\), its older alias, name different files/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
