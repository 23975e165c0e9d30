import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore, MESSAGE_BUS, ManualClock, MessageBus } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import {
  DispositionDecidedV1,
  QA_TOPIC,
  QaIntegrationEventTypes,
  ReturnBookedInV1,
  ReturnInspectedV1,
  WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
  WAREHOUSE_RETURNS_TOPIC,
  WarehouseReturnsIntegrationEventTypes,
} from '@aftersales/contracts';
import { DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, WAREHOUSE_RETURNS, returnRequestIdForDisposition } from '@aftersales/warehouse-returns-domain';
import { FinanceFacts } from '@aftersales/warehouse-returns';
import { ConsumerHost, DeadlineSchedulerHost, ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { Schemas, apiClient, baseUrlOf, ok } from './testing/client/client';

/**
 * End-to-end over HTTP on the standalone app: warehouse-returns (WR-1..WR-7, QA-6). Deliveries and
 * ratios come from the real finance-ratio context (purchases by its API, exchanges from QA's
 * dispositions on the in-process bus); the count opens QA's inspection, which QA completes through
 * its own endpoints (/api/v1/qa/inspections), and QA's ReturnInspected signs or refuses the return. A short return policy (the return
 * note due by 12:00 the same working day) shows the WR-6 deadline missed once.
 */
const SECRET = 'r'.repeat(40);
const TENANT = 'acme';
const token = (role: string, subject: string) => `Bearer ${signToken(SECRET, { subject, roles: [role as never], tenantId: TENANT })}`;
const ASH = token('after_sales_head', 'ash-1');
const BH = token('business_head', 'bh-1');
const GM = token('general_manager', 'gm-1');
const WH = token('warehouse', 'wh-1');
const DRIVER = token('driver', 'drv-1');
const TECH = token('technician', 'tech-1');
const FINANCE = token('finance', 'fin-1');
const CS = token('customer_service', 'cs-1');
const QA = token('qa', 'qa-1');
const AUDITOR = token('auditor', 'audit-1');

const WITHIN = 'C-RET-1';
const OVER = 'C-RET-2';
const QUALITY = 'C-RET-3';
const RACE = 'C-RET-4';

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type Line = Schemas['ReturnLineDto'];
/** A line of pumps from the customer's delivery (finance's document SO-<customer>). */
const pumps = (quantity: number, serialNumber: string | null = 'SN-100', customerId = WITHIN): Line => ({ lineId: 'L1', sku: 'PUMP-3', serialNumber, quantity, deliveryDocument: `SO-${customerId}` });

describe('warehouse-returns over HTTP (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-05T02:00:00.000Z'); // Thursday 10:00 in Shanghai
  const api = (auth = ASH) => apiClient(baseUrlOf(app), auth);
  const store = () => app.get<EventStore>(EVENT_STORE);
  const on = (id: string) => ({ params: { path: { id } } });
  const get = (id: string, auth = ASH) => ok(api(auth).GET('/api/v1/returns/{id}', on(id)));

  let published = 0;
  /** A QA integration event as QA's relay puts it on the bus. */
  function qaEvent<T extends 'DispositionDecided' | 'ReturnInspected'>(type: T, data: T extends 'DispositionDecided' ? DispositionDecidedV1 : ReturnInspectedV1, stream: string) {
    published++;
    const event = anEnvelope({ type: QaIntegrationEventTypes[type], stream, tenantId: TENANT, region: 'cn-east', occurredAt: clock.now().toISOString(), position: BigInt(published), actor: { id: 'qa-1', role: 'qa' }, data });
    return { key: event.stream, event };
  }
  const publishQa = (...messages: ReturnType<typeof qaEvent>[]) => app.get<MessageBus>(MESSAGE_BUS).publish(QA_TOPIC, messages);
  const exchange = (customerId: string, caseId: string, disposition: DispositionDecidedV1['disposition'] = 'exchange') =>
    qaEvent('DispositionDecided', { caseId, complaintId: null, disposition, interim: false, note: null, customerId, product: { model: 'PUMP-3', serialNumber: null, contractNumber: null } }, `qa.case-${caseId}`);
  /** An earlier return of the customer booked in (one exchanged unit), as warehouse-returns' relay publishes it: finance counts booked returns in the ratio (FR-1, policy 2026.2, ADR 018). */
  function earlierBooking(customerId: string) {
    published++;
    const returnRequestId = `earlier-${randomUUID()}`;
    const data: ReturnBookedInV1 = {
      returnRequestId,
      customerId,
      reason: 'unsalable',
      receiptNoteNumber: `RN-${returnRequestId}`,
      lines: [{ lineId: 'L1', sku: 'PUMP-3', quantity: 1, currency: 'CNY', unitPriceMinor: '125000', amountMinor: '125000', outcome: 'exchange', deliveryDocument: `SO-${customerId}` }],
      costsBorneBy: 'company',
      bookedAt: clock.now().toISOString(),
    };
    const stream = `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${returnRequestId}`;
    const event = anEnvelope({ type: WarehouseReturnsIntegrationEventTypes.ReturnBookedIn, stream, tenantId: TENANT, region: 'cn-east', occurredAt: clock.now().toISOString(), position: BigInt(published), actor: { id: 'wh-1', role: 'warehouse' }, data });
    return { key: stream, event };
  }
  async function open(customerId: string, reason: 'unsalable' | 'quality' | 'customer_error', lines: Line[] = [pumps(2, 'SN-100', customerId)]) {
    return ok(api().POST('/api/v1/returns', { body: { region: 'cn-east', customerId, reason, lines }, headers: { 'idempotency-key': randomUUID() } }));
  }
  const sign = (id: string, step: string, auth: string) => ok(api(auth).POST('/api/v1/returns/{id}/approvals/sign', { ...on(id), body: { step, comment: 'checked' } }));
  /** From approval to counted: the transport order, pickup, arrival and the warehouse's count. */
  async function transportAndCount(id: string, serialNumberReceived = 'SN-100') {
    await ok(api().POST('/api/v1/returns/{id}/transport-orders', { ...on(id), body: { carrier: 'SF Express', driverId: 'drv-1', pickupAddress: 'Hangzhou, Binjiang Rd 88' } }));
    await ok(api(DRIVER).POST('/api/v1/returns/{id}/pickup', { ...on(id), body: {} }));
    await ok(api(WH).POST('/api/v1/returns/{id}/arrival', { ...on(id), body: {} }));
    return ok(api(WH).POST('/api/v1/returns/{id}/receipts/count', { ...on(id), body: { lines: [{ lineId: 'L1', quantityReceived: 2, serialNumberReceived }] } }));
  }
  /** QA-6 through QA's own endpoints: the count opened QA's inspection (ReturnGoodsReceived); QA records its finding and completes it; its ReturnInspected reaches the request. */
  async function inspected(id: string, verdict: 'signed' | 'refused', finding: ReturnInspectedV1['lines'][number]['finding'], reason: string | null = null) {
    let inspectionId = '';
    await eventually(async () => {
      inspectionId = (await ok(api(QA).GET('/api/v1/qa/inspections', { params: { query: { returnRequestId: id } } }))).items[0]?.inspectionId ?? '';
      return inspectionId !== '';
    }, `QA's inspection of ${id}`);
    const responsible = finding === 'defect_confirmed' ? { responsibleDepartment: 'production' as const, responsiblePerson: 'li-wei' } : {};
    const note = finding === 'customer_damage' ? { note: reason ?? 'customer damage' } : {};
    await ok(api(QA).POST('/api/v1/qa/inspections/{id}/findings', { params: { path: { id: inspectionId } }, body: { findings: [{ lineId: 'L1', finding, ...responsible, ...note }] } }));
    await ok(api(QA).POST('/api/v1/qa/inspections/{id}/complete', { params: { path: { id: inspectionId } }, body: verdict === 'refused' ? { verdict, reason: reason ?? '' } : { verdict } }));
    await eventually(async () => (await get(id)).inspection !== null, `QA's inspection recorded on ${id}`);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-returns-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    const policyFile = join(dataDir, 'returns-policy.yaml');
    // WR-6 with a short policy: the return note is due by 12:00 of the booking's own working day.
    writeFileSync(policyFile, DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML.replace('returnNote: { workingDays: 1, atHour: 12 }', 'returnNote: { workingDays: 0, atHour: 12 }').replace('version: "2026.1"', 'version: "short"'));
    ({ app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000', WAREHOUSE_RETURNS_POLICY_FILE: policyFile }, { clock }));
    await app.listen(0, '127.0.0.1');
    await app.get(ProjectionHost).caughtUp();
    await app.get(ConsumerHost).joined();
    // Finance records the deliveries (PurchaseDocumentRecorded) and takes the customers' ratios (RatioSnapshotTaken).
    const document = (customerId: string) => ({
      documentNumber: `SO-${customerId}`,
      customerId,
      documentDate: '2026-03-02',
      region: 'cn-east',
      salesRepId: 'sales-7',
      currency: 'CNY',
      lines: [{ sku: 'PUMP-3', quantity: 100, unitPrice: '1250.00' }],
    });
    await ok(api(FINANCE).POST('/api/v1/finance/purchases', { body: { documents: [document(WITHIN), document(OVER), document(QUALITY), document(RACE)] } }));
    // Six earlier exchanges booked in on 100 delivered: C-RET-2 is over finance's 5 % limit.
    await app.get<MessageBus>(MESSAGE_BUS).publish(WAREHOUSE_RETURNS_TOPIC, Array.from({ length: 6 }, () => earlierBooking(OVER)));
    const facts = app.get(FinanceFacts);
    await eventually(async () => (await facts.ratioFor(TENANT, WITHIN)) !== null && (await facts.ratioFor(TENANT, OVER))?.overLimit === true, 'finance\'s figures in warehouse-returns');
    await eventually(async () => (await facts.deliveriesFor(TENANT, QUALITY, [{ ...pumps(1, null, QUALITY), serialNumber: null }], new Map()))[`SO-${QUALITY}|PUMP-3`] !== undefined, 'finance\'s deliveries in warehouse-returns');
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('WR-1..WR-6 an unsalable return within the ratio through every signature, transport, count, QA, booking and the return note', async () => {
    const opened = await open(WITHIN, 'unsalable');
    const id = opened.returnRequestId;
    expect(opened).toMatchObject({ status: 'in_approval', reason: 'unsalable', lines: [{ lineId: 'L1', quantity: 2, unitPriceMinor: '125000', currency: 'CNY', salesRepId: 'sales-7', deliveredOn: '2026-03-02' }] });
    // WR-1: not more than delivered less what was already returned (this request's 2 of 100), at once:
    // the check reads the customer's returns ledger, which the request reserved in before it was written.
    const tooMany = await api().POST('/api/v1/returns', { body: { region: 'cn-east', customerId: WITHIN, reason: 'unsalable', lines: [pumps(99)] } });
    expect(tooMany.response.status).toBe(422);
    expect(tooMany.error).toMatchObject({ code: WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED, details: { delivered: 100, alreadyReturned: 2, requested: 99 } });

    // WR-2: a technician or a driver cannot approve.
    for (const auth of [TECH, DRIVER]) expect((await api(auth).POST('/api/v1/returns/{id}/approvals/sign', { ...on(id), body: { step: 'after_sales_check' } })).response.status).toBe(403);
    const checked = await sign(id, 'after_sales_check', ASH);
    expect(checked.ratioCheck).toMatchObject({ withinRatio: true, withinTimeLimit: true, figure: { limit: '0.05', overLimit: false, policyVersion: 'finance-ratio-default@2026.2' } });
    expect(checked.signatures).toEqual([expect.objectContaining({ step: 'after_sales_check', signedBy: 'ash-1', role: 'after_sales_head', comment: 'checked', valid: true, digest: expect.stringMatching(/^sha256:/) })]);
    expect((await sign(id, 'business_head_approval', BH)).status).toBe('approved');

    // WR-5: booking without QA's signature is refused.
    expect((await transportAndCount(id)).status).toBe('counted');
    const early = await api(WH).POST('/api/v1/returns/{id}/booking', { ...on(id), body: {} });
    expect(early.response.status).toBe(409);
    expect(early.error).toMatchObject({ code: WAREHOUSE_RETURNS.SIGNATURES_MISSING, details: { missing: ['qa_inspection'] } });
    // QA-6: QA's signature after inspecting; an unsalable return is exchanged for the original variety.
    await inspected(id, 'signed', 'quality_intact');
    const booked = await ok(api(WH).POST('/api/v1/returns/{id}/booking', { ...on(id), body: {} }));
    expect(booked).toMatchObject({ status: 'booked', receipt: { costsBorneBy: 'company', lines: [{ lineId: 'L1', quantity: 2, amountMinor: '250000', outcome: 'exchange' }] }, deadlines: [{ obligation: 'return_note', dueAt: '2026-03-05T04:00:00.000Z', state: 'open' }] });
    const sent = await ok(api().POST('/api/v1/returns/{id}/return-note', { ...on(id), body: {} }));
    expect(sent).toMatchObject({ status: 'closed', returnNote: { sentBy: 'ash-1', late: false }, deadlines: [{ state: 'met' }] });

    const timeline = await ok(api(CS).GET('/api/v1/returns/{id}/timeline', on(id)));
    expect(timeline.events.map((e) => e.type.replace('warehouse-returns.', ''))).toEqual([
      'ReturnRequestOpened',
      'RatioChecked',
      'StepSigned',
      'StepSigned',
      'ReturnRequestApproved',
      'TransportOrderIssued',
      'PickupRecorded',
      'ArrivalRecorded',
      'GoodsCounted',
      'InspectionRecorded',
      'ReturnBookedIn',
      'ReturnNoteSent',
    ]);
    await eventually(async () => (await ok(api(FINANCE).GET('/api/v1/returns', { params: { query: { customerId: WITHIN, status: 'closed' } } }))).total === 1, 'the closed return in the list');
    // AU-2: the return is an audit case; its replay from the archive folds the same request.
    const replay = () => api(AUDITOR).GET('/api/v1/audit/cases/{kind}/{id}/replay', { params: { path: { kind: 'return-request', id }, query: { at: clock.now().toISOString() } } });
    await eventually(async () => (await replay()).data?.eventsApplied === timeline.events.length, 'the return in the audit archive');
    expect((await ok(replay())).view).toMatchObject({ returnRequestId: id, status: 'closed', receipt: { receiptNoteNumber: booked.receipt?.receiptNoteNumber } });
  });

  it('WR-1 racing requests and amendments for the same delivery line: together they never take back more than was delivered', async () => {
    // Five requests of 30 of the 100 pumps at once: three fit, two are refused, whatever the order.
    const sent = await Promise.all(
      Array.from({ length: 5 }, () => api().POST('/api/v1/returns', { body: { region: 'cn-east', customerId: RACE, reason: 'unsalable', lines: [pumps(30, null, RACE)] } })),
    );
    const accepted = sent.filter((r) => r.response.status === 201);
    expect(sent.map((r) => r.response.status).sort()).toEqual([201, 201, 201, 422, 422]);
    for (const refused of sent.filter((r) => r.response.status === 422)) {
      expect(refused.error).toMatchObject({ code: WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED, details: { delivered: 100, requested: 30 } });
    }
    // Two amendments racing for the 10 left: one fits (30 → 40), the other is refused.
    const ids = accepted.map((r) => r.data?.returnRequestId ?? '');
    const amended = await Promise.all(ids.slice(0, 2).map((id) => api().POST('/api/v1/returns/{id}/lines', { ...on(id), body: { lines: [pumps(40, null, RACE)] } })));
    expect(amended.map((r) => r.response.status).sort()).toEqual([200, 422]);
    // Nothing of the refused ones was recorded: the list holds the three, 100 pumps in all.
    await eventually(async () => (await ok(api().GET('/api/v1/returns', { params: { query: { customerId: RACE } } }))).total === 3, 'the three requests in the list');
    const listed = await ok(api().GET('/api/v1/returns', { params: { query: { customerId: RACE } } }));
    expect(listed.items.flatMap((r) => r.lines).reduce((sum, l) => sum + l.quantity, 0)).toBe(100);
  });

  it('WR-2 over the ratio: refused with the explanation, then approved through the company leader\'s exception step', async () => {
    const { returnRequestId: id } = await open(OVER, 'unsalable');
    const refused = await sign(id, 'after_sales_check', ASH);
    expect(refused).toMatchObject({ status: 'refused', refusal: { kind: 'ratio_check', exceptionPossible: true }, ratioCheck: { withinRatio: false, figure: { overLimit: true } } });
    expect(refused.refusal?.explanation).toContain('over the limit 0.05');
    expect((await api(BH).POST('/api/v1/returns/{id}/approvals/sign', { ...on(id), body: { step: 'business_head_approval' } })).response.status).toBe(409);
    expect((await sign(id, 'leader_exception', GM)).status).toBe('in_approval');
    expect((await sign(id, 'after_sales_check', ASH)).ratioCheck).toMatchObject({ withinRatio: false, overriddenByException: true });
    expect((await sign(id, 'business_head_approval', BH)).status).toBe('approved');
  });

  it('WR-1, WR-2 the leader\'s exception puts a refused request\'s lines back only within what is left of the delivery', async () => {
    // Refused by the ratio check, the request takes nothing back: another takes 50 of what is left.
    const { returnRequestId: id } = await open(OVER, 'unsalable', [pumps(60, null, OVER)]);
    expect((await sign(id, 'after_sales_check', ASH)).status).toBe('refused');
    // A refusal frees its quantities once the list shows it (until then the check counts the request
    // as it was: stricter, never looser; ADR 020).
    await eventually(async () => (await ok(api().GET('/api/v1/returns', { params: { query: { customerId: OVER, status: 'refused' } } }))).items.some((r) => r.returnRequestId === id), 'the refusal in the list');
    await open(OVER, 'unsalable', [pumps(50, null, OVER)]);
    // 100 delivered, 50 taken (and 2 by the test above when it ran): the exception cannot put 60 back.
    const exception = await api(GM).POST('/api/v1/returns/{id}/approvals/sign', { ...on(id), body: { step: 'leader_exception' } });
    expect(exception.response.status).toBe(422);
    expect(exception.error).toMatchObject({ code: WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED, details: { delivered: 100, requested: 60 } });
    expect(exception.error?.details?.alreadyReturned).toBeGreaterThanOrEqual(50);
    expect(await get(id)).toMatchObject({ status: 'refused', signatures: [] });
  });

  it('WR-2 a changed line voids the earlier signatures; WR-4 no pickup without the transport order', async () => {
    const { returnRequestId: id } = await open(WITHIN, 'unsalable', [pumps(1)]);
    await sign(id, 'after_sales_check', ASH);
    const amended = await ok(api().POST('/api/v1/returns/{id}/lines', { ...on(id), body: { lines: [pumps(2)] } }));
    expect(amended.signatures).toEqual([expect.objectContaining({ step: 'after_sales_check', valid: false })]);
    expect((await api(BH).POST('/api/v1/returns/{id}/approvals/sign', { ...on(id), body: { step: 'business_head_approval' } })).error).toMatchObject({ code: WAREHOUSE_RETURNS.STEP_NOT_OPEN });
    await sign(id, 'after_sales_check', ASH);
    await sign(id, 'business_head_approval', BH);
    const pickup = await api(DRIVER).POST('/api/v1/returns/{id}/pickup', { ...on(id), body: {} });
    expect(pickup.response.status).toBe(409);
    expect(pickup.error).toMatchObject({ code: WAREHOUSE_RETURNS.NO_TRANSPORT_ORDER });
    // A driver records the pickup only.
    expect((await api(DRIVER).POST('/api/v1/returns/{id}/transport-orders', { ...on(id), body: { carrier: 'x', pickupAddress: 'y' } })).response.status).toBe(403);
  });

  it('WR-1, WR-3, QA-6 quality returns from QA\'s dispositions: a confirmed defect is refunded; customer damage refuses the return with QA\'s reason', async () => {
    const refundEvent = exchange(QUALITY, randomUUID(), 'refund');
    const damageEvent = exchange(QUALITY, randomUUID(), 'exchange');
    await publishQa(refundEvent, damageEvent);
    const refundId = returnRequestIdForDisposition(TENANT, refundEvent.event.id);
    const damageId = returnRequestIdForDisposition(TENANT, damageEvent.event.id);
    await eventually(async () => (await api().GET('/api/v1/returns/{id}', on(damageId))).response.ok, 'the drafts from QA\'s dispositions');
    // Once per disposition: the same event delivered again makes nothing new.
    await publishQa(refundEvent);
    expect(await get(refundId)).toMatchObject({ status: 'draft', reason: 'quality', customerChoice: 'refund', lines: [], source: { kind: 'qa_disposition', disposition: 'refund' } });

    for (const id of [refundId, damageId]) {
      await ok(api().POST('/api/v1/returns/{id}/lines', { ...on(id), body: { lines: [pumps(2, 'SN-100', QUALITY)] } }));
      await sign(id, 'after_sales_head_review', ASH);
      expect((await sign(id, 'business_head_ship_instruction', BH)).status).toBe('approved');
      await transportAndCount(id);
    }
    await inspected(refundId, 'signed', 'defect_confirmed');
    const refunded = await ok(api(WH).POST('/api/v1/returns/{id}/booking', { ...on(refundId), body: {} }));
    expect(refunded.receipt?.lines).toEqual([expect.objectContaining({ outcome: 'refund', amountMinor: '250000' })]);

    await inspected(damageId, 'refused', 'customer_damage', 'Housing cracked by a fall: customer damage');
    expect(await get(damageId)).toMatchObject({ status: 'refused', refusal: { kind: 'qa_inspection', explanation: 'Housing cracked by a fall: customer damage' }, inspection: { verdict: 'refused' } });
    // Refund or replacement is impossible without QA's signature.
    expect((await api().POST('/api/v1/returns/{id}/outcome', { ...on(damageId), body: { choice: 'refund' } })).response.status).toBe(409);
  });

  it('WR-5 a serial received that is not the one authorised blocks booking until resolved; WR-6 the return note missed once', async () => {
    const { returnRequestId: id } = await open(WITHIN, 'unsalable', [pumps(2, 'SN-777')]);
    await sign(id, 'after_sales_check', ASH);
    await sign(id, 'business_head_approval', BH);
    const counted = await transportAndCount(id, 'SN-778');
    expect(counted.received).toEqual([expect.objectContaining({ serialNumberAuthorised: 'SN-777', serialNumberReceived: 'SN-778', serialMismatch: true, resolution: null })]);
    await inspected(id, 'signed', 'quality_intact');
    expect((await api(WH).POST('/api/v1/returns/{id}/booking', { ...on(id), body: {} })).error).toMatchObject({ code: WAREHOUSE_RETURNS.SERIAL_MISMATCH_UNRESOLVED });
    const resolved = await ok(api().POST('/api/v1/returns/{id}/receipts/serial-mismatches', { ...on(id), body: { lineId: 'L1', resolution: 'accept_received', comment: 'Labels swapped at dispatch' } }));
    expect(resolved.signatures.every((s) => !s.valid)).toBe(true);
    expect((await api(WH).POST('/api/v1/returns/{id}/booking', { ...on(id), body: {} })).error).toMatchObject({ code: WAREHOUSE_RETURNS.SIGNATURES_MISSING, details: { missing: ['after_sales_check', 'business_head_approval'] } });
    await sign(id, 'after_sales_check', ASH);
    await sign(id, 'business_head_approval', BH);
    await ok(api(WH).POST('/api/v1/returns/{id}/booking', { ...on(id), body: {} }));

    // 12:30 in Shanghai: the note due at 12:00 is missed, recorded once however often the scheduler runs.
    clock.set('2026-03-05T04:30:00.000Z');
    const scheduler = app.get(DeadlineSchedulerHost);
    const misses = async () => (await store().readStream(`${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${id}`)).filter((e) => e.type === 'warehouse-returns.ReturnRequestDeadlineMissed');
    await app.get(ProjectionHost).caughtUp();
    await eventually(async () => {
      await scheduler.tickAll();
      return (await misses()).length > 0;
    }, 'the missed return note');
    await scheduler.tickAll();
    expect((await misses()).map((e) => e.data)).toEqual([{ returnRequestId: id, obligation: 'return_note', dueAt: '2026-03-05T04:00:00.000Z', responsibleId: 'wh-1' }]);
    expect(await get(id)).toMatchObject({ overdue: true, deadlines: [{ obligation: 'return_note', state: 'missed' }] });
    await eventually(async () => (await ok(api().GET('/api/v1/returns', { params: { query: { overdue: true } } }))).items.some((r) => r.returnRequestId === id), 'listed overdue');
    expect((await ok(api().POST('/api/v1/returns/{id}/return-note', { ...on(id), body: {} }))).returnNote).toMatchObject({ late: true });
  });
});
