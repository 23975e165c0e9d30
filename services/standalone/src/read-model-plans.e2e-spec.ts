import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DOCUMENT_STORE, EVENT_STORE, EventStore, MESSAGE_BUS, ManualClock, MessageBus } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { ReturnGoodsReceivedV1, WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX, WAREHOUSE_RETURNS_TOPIC, WarehouseReturnsIntegrationEventTypes } from '@aftersales/contracts';
import { PostgresDocumentStore, RecordedRead } from '@aftersales/adapters-postgres';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { ConsumerHost, DeadlineSchedulerHost, ProjectionHost, signToken } from '@aftersales/platform';
import { createStandaloneApp } from './app';
import { complaintBody } from './testing/complaint-body';

/**
 * ARCHITECTURE.md "Delivery": every query a read model serves is backed by an index it declares.
 * The app runs its real flows (registration with the repeat lookup, every list order and filter,
 * QA's lists and report, the process managers, the deadline scan) while the document store records
 * each read it sends; then each recorded read is planned with sequential scans disabled, so a plan
 * that still scans a table sequentially has no index that can serve it. A new list filter or
 * order without an index fails here, at any table size.
 */
const SECRET = 'p'.repeat(40);
const token = (roles: string[], subject: string) => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: 'acme' })}`;
const CS = token(['customer_service'], 'cs-1');
const QA = token(['qa'], 'qa-1');
const SALES = token(['sales'], 'sales-1');
const ADMIN = token(['admin'], 'admin-1');
const FINANCE = token(['finance'], 'fin-1');
const BUSINESS_HEAD = token(['business_head'], 'bh-1');
const DISPATCHER = token(['dispatcher'], 'disp-1');
const TECH = token(['technician'], 'tech-1');
const AUDITOR = token(['auditor'], 'audit-1');
const AFTER_SALES_HEAD = token(['after_sales_head'], 'ash-1');

describe('read-model query plans (standalone, PGlite)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-03T03:00:00.000Z');
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-plans-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' }, { clock }));
    await app.init();
    await app.get(ProjectionHost).caughtUp();
    await app.get(ConsumerHost).joined();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves every read the app sends from an index', async () => {
    const documents = app.get<PostgresDocumentStore>(DOCUMENT_STORE);
    expect(documents).toBeInstanceOf(PostgresDocumentStore);
    const stop = documents.recordReads();

    const ids: string[] = [];
    for (const [i, serial] of ['SN-P-1', 'SN-P-2', 'SN-P-1'].entries()) {
      const body = complaintBody({ customer: { id: `C-${i}`, name: '华东机械有限公司', tier: 'key' }, product: { model: 'PX-200', serialNumber: serial } });
      ids.push((await http().post('/api/v1/complaints').set('authorization', CS).send(body).expect(201)).body.complaintId);
    }
    // The QA process manager opens the cases (and looks them up by complaint); wait for them.
    const deadline = Date.now() + 15_000;
    while ((await http().get('/api/v1/qa/cases').set('authorization', QA).expect(200)).body.total < 3) {
      if (Date.now() > deadline) throw new Error('QA cases did not open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await http().get(`/api/v1/complaints/${ids[0]}`).set('authorization', CS).expect(200);
    const lists = [
      '',
      '?sort=receivedAt',
      '?sort=-receivedAt',
      '?sort=nextDueAt',
      '?sort=-nextDueAt',
      '?sort=priority',
      '?sort=-updatedAt',
      '?status=registered',
      '?overdue=true',
      '?overdue=false',
      '?customer=C-1',
      '?receivedFrom=2026-03-01T00:00:00Z&receivedTo=2026-03-31T00:00:00Z',
      '?page=2&pageSize=1',
    ];
    for (const query of lists) await http().get(`/api/v1/complaints${query}`).set('authorization', CS).expect(200);
    for (const query of ['', '?sort=receivedAt', '?sort=-updatedAt', '?status=open', '?overdue=true', '?overdue=false', '?month=2026-03', `?complaintId=${ids[1]}`]) {
      await http().get(`/api/v1/qa/cases${query}`).set('authorization', QA).expect(200);
    }
    await http().get('/api/v1/qa/cases').set('authorization', SALES).expect(200);
    await http().get('/api/v1/qa/capas').set('authorization', QA).expect(200);
    await http().get('/api/v1/qa/reports/monthly?month=2026-03').set('authorization', QA).expect(200);
    // QA-6: warehouse-returns' receipt (as its relay publishes it) opens an inspection; its list and filters.
    const RETURN = '0190f5c2-0000-7000-8000-00000000b0b0';
    const received: ReturnGoodsReceivedV1 = {
      returnRequestId: RETURN,
      customerId: 'C-1',
      reason: 'unsalable',
      caseId: null,
      lines: [{ lineId: 'L1', sku: 'PX-200', serialNumberAuthorised: null, serialNumberReceived: null, quantityReceived: 1 }],
      receivedAt: clock.now().toISOString(),
    };
    const receipt = anEnvelope({ type: WarehouseReturnsIntegrationEventTypes.ReturnGoodsReceived, stream: `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${RETURN}`, tenantId: 'acme', region: 'cn-east', data: received });
    await app.get<MessageBus>(MESSAGE_BUS).publish(WAREHOUSE_RETURNS_TOPIC, [{ key: receipt.stream, event: receipt }]);
    await app.get(ProjectionHost).caughtUp();
    for (const query of ['', '?status=open', '?reason=unsalable', '?customerId=C-1', `?returnRequestId=${RETURN}`, '?caseId=0190f5c2-0000-7000-8000-0000000000a1', '?page=2&pageSize=1']) {
      await http().get(`/api/v1/qa/inspections${query}`).set('authorization', QA).expect(200);
    }
    // Finance (issue 14): its lists, the ledger report and the period re-evaluation's deadlines.
    const purchase = { documentNumber: 'SO-P-1', customerId: 'C-1', documentDate: '2026-03-02', region: 'cn-east', salesRepId: 'sales-1', currency: 'CNY', lines: [{ sku: 'PX-200', quantity: 10, unitPrice: '12.30' }] };
    await http().post('/api/v1/finance/purchases').set('authorization', FINANCE).send({ documents: [purchase] }).expect(200);
    const entry = { category: 'parts', amount: '1.00', currency: 'CNY', occurredOn: '2026-03-02', customerId: 'C-1', region: 'cn-east', cause: 'our_fault' };
    await http().post('/api/v1/finance/ledger/entries').set('authorization', FINANCE).send(entry).expect(201);
    await http().post('/api/v1/finance/rewards-penalties').set('authorization', BUSINESS_HEAD).send({ kind: 'reward', subjectId: 'tech-1', month: '2026-03', amount: '100', currency: 'CNY', reason: 'r', region: 'cn-east' }).expect(201);
    await app.get(ProjectionHost).caughtUp();
    for (const query of ['', '?status=open', '?customerId=C-1', '?page=2&pageSize=1']) await http().get(`/api/v1/finance/alerts${query}`).set('authorization', BUSINESS_HEAD).expect(200);
    await http().get('/api/v1/finance/alerts').set('authorization', SALES).expect(200);
    await http().get('/api/v1/finance/ledger/report?groupBy=customer&from=2026-03-01&to=2026-03-31').set('authorization', FINANCE).expect(200);
    for (const query of ['', '?status=proposed']) await http().get(`/api/v1/finance/rewards-penalties${query}`).set('authorization', BUSINESS_HEAD).expect(200);
    // Dispatch (issue 13): technicians, outlets, every list filter of the work orders, the
    // first-time-fix lookup (serial and created time), the suggestions; intake's work order record
    // by complaint and QA's repair outcome by case are read by the complaint and case reads.
    await http().post('/api/v1/technicians').set('authorization', ADMIN).send({ technicianId: 'tech-1', name: 'Tech One', region: 'cn-east' }).expect(201);
    await http().post('/api/v1/technicians/tech-1/qualifications').set('authorization', ADMIN).send({ productLine: 'PX-200', certificateNo: 'C-1', issuedOn: '2026-01-01', expiresOn: '2027-12-31' }).expect(200);
    const outletId = (await http().post('/api/v1/outlets').set('authorization', ADMIN).send({ name: 'Suzhou point', region: 'cn-east', scopes: ['minor_repair'], address: 'Road 1', contactPhone: '0512-1' }).expect(201)).body.outletId;
    // DI-2: a request at the outlet looks up intake's receipt date for the serial (dispatch.warranty-facts).
    const outletRequest = { customer: { customerId: 'C-1' }, product: { model: 'PX-200', productLine: 'PX-200', serialNumber: 'SN-P-1' }, scope: 'minor_repair', requestedWork: 'Handle loose', cause: 'defect' };
    await http().post(`/api/v1/outlets/${outletId}/requests`).set('authorization', DISPATCHER).send(outletRequest).expect(201);
    const order = { region: 'cn-east', customer: { customerId: 'C-1' }, product: { model: 'PX-200', productLine: 'PX-200', serialNumber: 'SN-P-1' }, requestedWork: 'Leak', faultCode: 'LEAK' };
    const workOrderIds: string[] = [];
    for (let i = 0; i < 2; i++) workOrderIds.push((await http().post('/api/v1/work-orders').set('authorization', DISPATCHER).send(order).expect(201)).body.workOrderId);
    await http().post(`/api/v1/work-orders/${workOrderIds[0]}/assignment`).set('authorization', DISPATCHER).send({ technicianId: 'tech-1', plannedOn: '2026-03-03' }).expect(200);
    await app.get(ProjectionHost).caughtUp();
    const orderLists = ['', '?status=assigned', '?technicianId=tech-1', `?caseId=${ids[0]}`, '?overdue=true', '?overdue=false', '?openEquipmentReceipt=true', '?page=2&pageSize=1'];
    for (const query of orderLists) await http().get(`/api/v1/work-orders${query}`).set('authorization', DISPATCHER).expect(200);
    await http().get('/api/v1/work-orders').set('authorization', TECH).expect(200);
    await http().get(`/api/v1/dispatch/suggestions?workOrderId=${workOrderIds[1]}&plannedOn=2026-03-04`).set('authorization', DISPATCHER).expect(200);
    for (const query of ['', '?region=cn-east', '?productLine=PX-200']) await http().get(`/api/v1/technicians${query}`).set('authorization', ADMIN).expect(200);
    // DI-2: an outlet's staff list their outlet's technicians (and the work orders given to it).
    const STAFF = `Bearer ${signToken(SECRET, { subject: 'counter-1', roles: ['outlet_staff'], tenantId: 'acme', outletId })}`;
    await http().get('/api/v1/technicians').set('authorization', STAFF).expect(200);
    await http().get('/api/v1/work-orders').set('authorization', STAFF).expect(200);
    for (const query of ['', '?status=open', '?region=cn-east']) await http().get(`/api/v1/outlets${query}`).set('authorization', ADMIN).expect(200);
    await http().get('/api/v1/outlets/public/acme?region=cn-east').expect(200);
    const firstCase = (await http().get('/api/v1/qa/cases?sort=receivedAt').set('authorization', QA).expect(200)).body.items[0].caseId;
    await http().get(`/api/v1/qa/cases/${firstCase}`).set('authorization', QA).expect(200);
    // Audit (ADR 014): an archived event by its id (with its inclusion proof), the archive by log position (verify).
    await http().post('/api/v1/audit/log/checkpoints').set('authorization', ADMIN).send().expect(200);
    const archived = (await app.get<EventStore>(EVENT_STORE).readStream(`intake.complaint-${ids[0]}`))[0];
    await http().get(`/api/v1/audit/log/entries/${archived.id}`).set('authorization', AUDITOR).expect(200);
    await http().post('/api/v1/audit/log/verify').set('authorization', ADMIN).send().expect(200);
    // Audit (issue 16, AU-3..AU-6): the archive schedule's and the nonconformities' lists, and the evidence read from the archive.
    await http().post('/api/v1/audit/archive-submissions/schedule').set('authorization', ADMIN).send({ region: 'cn-east', from: '2026-03-01', to: '2026-04-01' }).expect(200);
    await http().post('/api/v1/audit/nonconformities').set('authorization', ADMIN).send({ region: 'cn-east', clause: 'GB/T 27922 5.3', finding: 'f', severity: 'minor' }).expect(201);
    await app.get(ProjectionHost).caughtUp();
    for (const query of ['', '?status=expected', '?kind=statistics', '?region=cn-east', '?overdue=true', '?overdue=false', '?page=2&pageSize=1']) {
      await http().get(`/api/v1/audit/archive-submissions${query}`).set('authorization', AUDITOR).expect(200);
    }
    for (const query of ['', '?status=raised', '?region=cn-east']) await http().get(`/api/v1/audit/nonconformities${query}`).set('authorization', AUDITOR).expect(200);
    for (const path of ['pack?region=cn-east&period=2026-03', 'disclosure?period=2026-03&region=cn-east', 'kpis?region=cn-east&period=2026-W10']) {
      await http().get(`/api/v1/audit/evidence/${path}`).set('authorization', AUDITOR).expect(200);
    }
    // Warehouse-returns (issue 15): a request checked against finance's delivery (its own projection,
    // fed by the purchase above) and the customer's other returns; its list filters.
    const returnBody = { region: 'cn-east', customerId: 'C-1', reason: 'unsalable', lines: [{ lineId: 'L1', sku: 'PX-200', serialNumber: null, quantity: 1, deliveryDocument: 'SO-P-1' }] };
    const returnDeadline = Date.now() + 15_000;
    while ((await http().post('/api/v1/returns').set('authorization', AFTER_SALES_HEAD).send(returnBody)).status !== 201) {
      if (Date.now() > returnDeadline) throw new Error('finance\'s delivery did not reach warehouse-returns');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await app.get(ProjectionHost).caughtUp();
    const returnLists = ['', '?status=in_approval', '?reason=unsalable', '?customerId=C-1', '?caseId=0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10', '?overdue=true', '?overdue=false', '?page=2&pageSize=1'];
    for (const query of returnLists) await http().get(`/api/v1/returns${query}`).set('authorization', AFTER_SALES_HEAD).expect(200);
    clock.set('2026-03-20T00:00:00.000Z');
    await app.get(DeadlineSchedulerHost).tickAll();

    const reads = stop();
    const distinct = new Map<string, RecordedRead>();
    for (const read of reads) distinct.set(read.sql, read);
    // The flows read the collections this test is about.
    expect([...new Set(reads.map((r) => r.collection))]).toEqual(
      expect.arrayContaining([
        'intake.complaints',
        'intake.deadlines',
        'intake.dispatch-work-orders',
        'qa.cases',
        'qa.capas',
        'qa.inspections',
        'qa.deadlines',
        'qa.repair-outcomes',
        'finance-ratio.alerts',
        'finance-ratio.cost-entries',
        'finance-ratio.rewards-penalties',
        'finance-ratio.deadlines',
        'dispatch.work-orders',
        'dispatch.technicians',
        'dispatch.outlets',
        'dispatch.warranty-facts',
        'dispatch.deadlines',
        'audit.archive',
        'audit.merkle',
        'audit.archive-submissions',
        'audit.nonconformities',
        'audit.deadlines',
        'warehouse-returns.return-requests',
        'warehouse-returns.deadlines',
      ]),
    );
    expect(distinct.size).toBeGreaterThan(15);
    const unserved: string[] = [];
    // Read whole by design: a handful of documents (one per published region-year), loaded into the
    // calendar registry at start and on each publication (docs/adr/013).
    const readWhole = new Set(['platform.calendar-years']);
    for (const read of [...distinct.values()].filter((r) => !readWhole.has(r.collection))) {
      const scans = await documents.scansOf(read);
      expect(scans.length).toBeGreaterThan(0);
      for (const scan of scans.filter((s) => !s.narrowed)) unserved.push(`${read.collection} (${scan.node}): ${read.sql}`);
    }
    expect(unserved).toEqual([]);
  });

  it('rebuilds a projection from the start of the log on an admin\'s request, and refuses an unknown one', async () => {
    const before = (await http().get('/api/v1/complaints?sort=receivedAt').set('authorization', CS).expect(200)).body;
    expect(before.total).toBe(3);
    const projections = (await http().get('/api/v1/platform/projections').set('authorization', ADMIN).expect(200)).body;
    expect(projections).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'intake-complaints', caughtUp: true })]));
    await http().post('/api/v1/platform/projections/intake-complaints/rebuild').set('authorization', ADMIN).send().expect(202, { projection: 'intake-complaints', status: 'rebuilding' });
    await app.get(ProjectionHost).caughtUp();
    const after = (await http().get('/api/v1/complaints?sort=receivedAt').set('authorization', CS).expect(200)).body;
    expect(after.items).toEqual(before.items);
    const refused = await http().post('/api/v1/platform/projections/nope/rebuild').set('authorization', ADMIN).send().expect(404);
    expect(refused.body.code).toBe('PLATFORM.PROJECTION_NOT_FOUND');
    await http().post('/api/v1/platform/projections/intake-complaints/rebuild').set('authorization', CS).send().expect(403);
  });
});
