import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import ExcelJS from 'exceljs';
import { EVENT_STORE, EventStore, MESSAGE_BUS, ManualClock, MessageBus } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import {
  ConductRecordedV1,
  DISPATCH_TOPIC,
  DispatchIntegrationEventTypes,
  DispositionDecidedV1,
  FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX,
  FINANCE_RATIO_CUSTOMER_STREAM_PREFIX,
  QA_TOPIC,
  QaIntegrationEventTypes,
  QualityCostChargedV1,
  ReturnBookedInV1,
  SettledV1,
  WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
  WAREHOUSE_RETURNS_TOPIC,
  WarehouseReturnsIntegrationEventTypes,
} from '@aftersales/contracts';
import { conductProposalId, customerAccountId, qualityCostEntryId, settlementEntryId } from '@aftersales/finance-ratio-domain';
import { ConsumerHost, DeadlineSchedulerHost, ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { Schemas, apiClient, baseUrlOf, ok } from './testing/client/client';

/**
 * End-to-end over HTTP on the standalone app: finance-ratio (FR-1..FR-4). Purchases by API and by
 * file, exchanges arriving as warehouse-returns' booked returns on the in-process bus (QA's
 * dispositions no longer counted: policy 2026.2, docs/adr/018), the ratio against the limit, and
 * exactly one alert per crossing; the ledger, warehouse-returns' quality costs, and dispatch's
 * settlements and conduct records arriving as ledger entries and penalty proposals.
 */
const SECRET = 'f'.repeat(40);
const TENANT = 'acme';
const token = (roles: string[], subject: string) => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: TENANT })}`;
const FINANCE = token(['finance'], 'fin-1');
const BUSINESS_HEAD = token(['business_head'], 'bh-1');
const GM = token(['general_manager'], 'gm-1');
const AUDITOR = token(['auditor'], 'audit-1');
const OWN_SALES = token(['sales'], 'sales-1');
const OTHER_SALES = token(['sales'], 'sales-9');
const CUSTOMER = 'C-FIN-1';

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type Document = Schemas['PurchaseDocumentDto'];
const document = (documentNumber: string, quantity: number, overrides: Partial<Document> = {}): Document => ({
  documentNumber,
  customerId: CUSTOMER,
  documentDate: '2026-03-02',
  region: 'cn-east',
  salesRepId: 'sales-1',
  currency: 'CNY',
  lines: [{ sku: 'PX-200', quantity, unitPrice: '1000.10' }],
  ...overrides,
});

/** The JSON form of an answer documented as JSON or a file. */
function json<T extends object>(body: T | string): T {
  if (typeof body === 'string') throw new Error(`expected JSON, got text: ${body.slice(0, 100)}`);
  return body;
}

const CSV_HEADER = 'document_number,document_date,customer_id,region,contract_number,sales_rep_id,currency,sku,quantity,unit_price';

describe('finance-ratio over HTTP (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-05T02:00:00.000Z'); // Thursday 10:00 in Shanghai
  const http = () => request(app.getHttpServer());
  const api = (auth = FINANCE) => apiClient(baseUrlOf(app), auth);
  const store = () => app.get<EventStore>(EVENT_STORE);
  const customerStream = (customerId = CUSTOMER) => `${FINANCE_RATIO_CUSTOMER_STREAM_PREFIX}${customerAccountId(TENANT, customerId)}`;
  const ratio = (customerId = CUSTOMER, auth = FINANCE) => ok(api(auth).GET('/api/v1/finance/ratios/{customerId}', { params: { path: { customerId } } }));
  const alerts = (auth = BUSINESS_HEAD) => ok(api(auth).GET('/api/v1/finance/alerts', { params: { query: { customerId: CUSTOMER } } }));

  let delivered = 0;
  /** QA's published disposition of a case, as QA's relay puts it on the bus. */
  function disposition(caseId: string, overrides: Partial<DispositionDecidedV1> = {}, id?: string) {
    const data: DispositionDecidedV1 = {
      caseId,
      complaintId: null,
      disposition: 'exchange',
      interim: false,
      note: null,
      customerId: CUSTOMER,
      product: { model: 'PX-200', serialNumber: `SN-${caseId}`, contractNumber: null },
      ...overrides,
    };
    delivered++;
    const event = anEnvelope({
      ...(id ? { id } : {}),
      type: QaIntegrationEventTypes.DispositionDecided,
      stream: `qa.case-${caseId}`,
      tenantId: TENANT,
      region: 'cn-east',
      occurredAt: clock.now().toISOString(),
      position: BigInt(delivered),
      actor: { id: 'qa-1', role: 'qa' },
      data,
    });
    return { key: event.stream, event };
  }
  const publish = (...messages: ReturnType<typeof disposition>[]) => app.get<MessageBus>(MESSAGE_BUS).publish(QA_TOPIC, messages);

  /** Warehouse-returns' published event on a return request, as its relay puts it on the bus. */
  function returnsEvent<T extends typeof WarehouseReturnsIntegrationEventTypes.ReturnBookedIn | typeof WarehouseReturnsIntegrationEventTypes.QualityCostCharged>(
    type: T,
    returnRequestId: string,
    data: T extends typeof WarehouseReturnsIntegrationEventTypes.ReturnBookedIn ? ReturnBookedInV1 : QualityCostChargedV1,
    id?: string,
  ) {
    delivered++;
    const event = anEnvelope({
      ...(id ? { id } : {}),
      type,
      stream: `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${returnRequestId}`,
      tenantId: TENANT,
      region: 'cn-east',
      occurredAt: clock.now().toISOString(),
      position: BigInt(delivered),
      actor: { id: 'wh-1', role: 'warehouse' },
      data,
    });
    return { key: event.stream, event };
  }
  /** The receipt note of a return: one exchanged unit of PX-200 at 1000.10 (WR-6). */
  const booking = (returnRequestId: string, id?: string) =>
    returnsEvent(
      WarehouseReturnsIntegrationEventTypes.ReturnBookedIn,
      returnRequestId,
      {
        returnRequestId,
        customerId: CUSTOMER,
        reason: 'quality',
        receiptNoteNumber: `RN-${returnRequestId}`,
        lines: [{ lineId: 'L1', sku: 'PX-200', quantity: 1, currency: 'CNY', unitPriceMinor: '100010', amountMinor: '100010', outcome: 'exchange', deliveryDocument: 'SO-1' }],
        costsBorneBy: 'company',
        bookedAt: clock.now().toISOString(),
      },
      id,
    );
  const book = (...messages: ReturnType<typeof booking>[]) => app.get<MessageBus>(MESSAGE_BUS).publish(WAREHOUSE_RETURNS_TOPIC, messages);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-finance-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' }, { clock }));
    await app.listen(0, '127.0.0.1');
    await app.get(ProjectionHost).caughtUp();
    await app.get(ConsumerHost).joined();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('FR-1 imports purchases by API, idempotent by document number; a changed document is a correction', async () => {
    const first = await ok(api().POST('/api/v1/finance/purchases', { body: { documents: [document('SO-1', 100), document('SO-X', 10, { customerId: 'C-FIN-9' })] } }));
    expect(first.documents).toEqual([
      { customerId: CUSTOMER, documentNumber: 'SO-1', outcome: 'recorded' },
      { customerId: 'C-FIN-9', documentNumber: 'SO-X', outcome: 'recorded' },
    ]);
    const again = await ok(api().POST('/api/v1/finance/purchases', { body: { documents: [document('SO-1', 100)] } }));
    expect(again.documents).toEqual([{ customerId: CUSTOMER, documentNumber: 'SO-1', outcome: 'unchanged' }]);
    const corrected = await ok(api().POST('/api/v1/finance/purchases', { body: { documents: [document('SO-X', 20, { customerId: 'C-FIN-9' })] } }));
    expect(corrected.documents[0].outcome).toBe('corrected');
    expect((await store().readStream(customerStream('C-FIN-9'))).map((e) => e.type)).toEqual([
      'finance-ratio.PurchaseRecorded',
      'finance-ratio.RatioEvaluated',
      'finance-ratio.PurchaseCorrected',
      'finance-ratio.RatioEvaluated',
    ]);
    const explained = await ratio();
    expect(explained).toMatchObject({
      customerId: CUSTOMER,
      period: { kind: 'month', from: '2026-03-01', to: '2026-03-31' },
      quantity: { numerator: 0, purchased: 100, exceeded: false },
      // 100 × 1000.10 CNY, exactly: 10001000 fen.
      amounts: [{ currency: 'CNY', purchasedMinor: '10001000', numeratorMinor: '0' }],
      limit: { quantity: '0.05', amount: '0.05', source: 'default' },
      policyVersion: 'finance-ratio-default@2026.2',
      documents: [{ documentNumber: 'SO-1', quantity: 100, amountMinor: '10001000' }],
    });
  });

  it('FR-1 a CSV with a bad row records nothing and names row, column and code; with validRowsOnly the good documents are recorded', async () => {
    const csv = [
      CSV_HEADER,
      'SO-10,2026-03-03,C-FIN-2,cn-east,,sales-2,CNY,PX-200,5,0.10',
      'SO-10,2026-03-03,C-FIN-2,cn-east,,sales-2,CNY,PX-300,5,0.20',
      `SO-11,2026-03-03,${CUSTOMER},cn-east,,sales-1,CNY,PX-200,50,12.345`,
      `SO-12,2026-02-30,${CUSTOMER},cn-mars,,sales-1,XXX,PX-200,0,1`,
    ].join('\n');
    const refused = await http().post('/api/v1/finance/purchases/import').set('authorization', FINANCE).attach('file', Buffer.from(csv), 'purchases.csv').expect(400);
    expect(refused.body).toMatchObject({ code: 'FINANCE_RATIO.IMPORT_REJECTED' });
    expect(refused.body.details.rowErrors).toEqual([
      { row: 4, column: 'unit_price', code: 'too_many_decimals' },
      { row: 5, column: 'document_date', code: 'invalid_date' },
      { row: 5, column: 'region', code: 'unknown_region' },
      { row: 5, column: 'currency', code: 'unknown_currency' },
      { row: 5, column: 'quantity', code: 'not_a_positive_integer' },
    ]);
    expect(await store().readStream(customerStream('C-FIN-2'))).toEqual([]);
    expect((await ratio()).purchaseDocuments).toBe(1);

    const partial = await http().post('/api/v1/finance/purchases/import?validRowsOnly=true').set('authorization', FINANCE).attach('file', Buffer.from(csv), 'purchases.csv').expect(200);
    expect(partial.body).toMatchObject({ rows: 4, documents: [{ customerId: 'C-FIN-2', documentNumber: 'SO-10', outcome: 'recorded' }] });
    expect(partial.body.rowErrors).toHaveLength(5);
    // 5 × 0.10 + 5 × 0.20 = 1.50 exactly (floats: 1.5000000000000002).
    expect((await ratio('C-FIN-2')).amounts[0].purchasedMinor).toBe('150');
    expect((await ratio()).purchaseDocuments).toBe(1);
  });

  it('FR-1 an XLSX file is read with the same checks', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('purchases');
    sheet.addRow(CSV_HEADER.split(','));
    sheet.addRow(['SO-20', '2026-03-04', 'C-FIN-3', 'cn-east', 'HT-1', 'sales-3', 'CNY', 'PX-200', 3, '99.99']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await http().post('/api/v1/finance/purchases/import').set('authorization', FINANCE).attach('file', buffer, 'purchases.xlsx').expect(200);
    expect(imported.body.documents).toEqual([{ customerId: 'C-FIN-3', documentNumber: 'SO-20', outcome: 'recorded' }]);
    expect((await ratio('C-FIN-3')).amounts[0].purchasedMinor).toBe('29997');
  });

  it('FR-1, FR-2 booked exchanges push the customer over its limit: exactly one alert; a redelivery changes nothing; back under clears it; over again raises a new one', async () => {
    // Five exchanges booked of 100 purchased: exactly at the 5 % limit, within it.
    await book(...[1, 2, 3, 4, 5].map((n) => booking(`ret-${n}`)));
    expect(await ratio()).toMatchObject({ quantity: { exchanged: 5, purchased: 100, ratio: '0.050000', exceeded: false }, overLimit: false, status: 'within_limit' });

    const sixth = booking('ret-6');
    await book(sixth);
    const over = await ratio();
    expect(over).toMatchObject({ quantity: { numerator: 6, ratio: '0.060000', exceeded: true }, overLimit: true, status: 'over_limit', policyVersion: 'finance-ratio-default@2026.2' });
    expect(over.movementDetails.map((m) => m.source.returnRequestId)).toEqual(['ret-1', 'ret-2', 'ret-3', 'ret-4', 'ret-5', 'ret-6']);
    expect(over.movementDetails[5]).toMatchObject({ movementId: 'return:ret-6:L1', source: { caseId: null, lineId: 'L1', eventId: sixth.event.id }, value: { documentNumber: 'SO-1' } });
    // Valued at the booked lines' amounts: 6 × 1000.10.
    expect(over.amounts[0]).toMatchObject({ numeratorMinor: '600060', exceeded: true });
    await eventually(async () => (await alerts()).total === 1, 'the alert of the first crossing');
    const [raised] = (await alerts()).items;
    expect(raised).toMatchObject({ customerId: CUSTOMER, crossing: 1, status: 'open', recipients: ['business_head', 'general_manager'], acknowledged: null, raisedWith: { overLimit: true } });
    expect(over.openAlertId).toBe(raised.alertId);

    // The same event delivered twice, and the same receipt note under another event id: nothing changes.
    const before = (await store().readStream(customerStream())).length;
    await book(sixth);
    await book(booking('ret-6'));
    expect(await store().readStream(customerStream())).toHaveLength(before);
    expect((await ratio()).quantity.numerator).toBe(6);

    // A larger purchase brings it back under: the alert is cleared.
    await ok(api().POST('/api/v1/finance/purchases', { body: { documents: [document('SO-2', 100, { documentDate: '2026-03-04' })] } }));
    expect(await ratio()).toMatchObject({ quantity: { numerator: 6, purchased: 200 }, overLimit: false, status: 'within_limit', openAlertId: null });
    await eventually(async () => (await alerts()).items[0]?.status === 'cleared', 'the alert cleared');

    // Over again: a new alert for the second crossing.
    await book(...[7, 8, 9, 10, 11].map((n) => booking(`ret-${n}`)));
    expect((await ratio()).quantity).toMatchObject({ numerator: 11, purchased: 200, exceeded: true });
    await eventually(async () => (await alerts()).total === 2, 'the alert of the second crossing');
    const list = await alerts();
    expect(list.items.map((a) => [a.crossing, a.status])).toEqual([
      [2, 'open'],
      [1, 'cleared'],
    ]);
    expect(list.items[0].alertId).not.toBe(list.items[1].alertId);

    // QA's exchange and refund dispositions are taken up by warehouse-returns and counted when booked: not again on their own.
    const unchanged = (await store().readStream(customerStream())).length;
    await publish(disposition('case-1'), disposition('case-2', { disposition: 'refund' }));
    expect(await store().readStream(customerStream())).toHaveLength(unchanged);
    expect((await ratio()).quantity.numerator).toBe(11);
  });

  it('FR-2 the business head acknowledges an alert with a comment, once; finance may not; sales reads its own customers only', async () => {
    const [latest] = (await alerts()).items;
    const acknowledged = await ok(api(BUSINESS_HEAD).POST('/api/v1/finance/alerts/{alertId}/acknowledge', { params: { path: { alertId: latest.alertId } }, body: { comment: 'Called the customer: a bad seal batch' } }));
    expect(acknowledged.acknowledged).toEqual({ by: 'bh-1', at: clock.now().toISOString(), comment: 'Called the customer: a bad seal batch' });
    const twice = await http().post(`/api/v1/finance/alerts/${latest.alertId}/acknowledge`).set('authorization', GM).send({ comment: 'again' }).expect(409);
    expect(twice.body.code).toBe('FINANCE_RATIO.ALERT_ALREADY_ACKNOWLEDGED');
    await http().post(`/api/v1/finance/alerts/${latest.alertId}/acknowledge`).set('authorization', FINANCE).send({ comment: 'x' }).expect(403);
    const unknown = await http().post('/api/v1/finance/alerts/0190f5c2-0000-7000-8000-000000000000/acknowledge').set('authorization', GM).send({ comment: 'x' }).expect(404);
    expect(unknown.body.code).toBe('FINANCE_RATIO.ALERT_NOT_FOUND');
    await eventually(async () => (await alerts()).items[0]?.acknowledged !== null, 'the acknowledgement in the list');

    expect((await ratio(CUSTOMER, OWN_SALES)).customerId).toBe(CUSTOMER);
    expect((await ratio(CUSTOMER, AUDITOR)).customerId).toBe(CUSTOMER);
    const foreign = await http().get(`/api/v1/finance/ratios/${CUSTOMER}`).set('authorization', OTHER_SALES).expect(404);
    expect(foreign.body.code).toBe('FINANCE_RATIO.CUSTOMER_NOT_FOUND');
    expect((await alerts(OWN_SALES)).total).toBe(2);
    expect((await alerts(OTHER_SALES)).total).toBe(0);
    await http().post('/api/v1/finance/purchases').set('authorization', BUSINESS_HEAD).send({ documents: [document('SO-99', 1)] }).expect(403);
  });

  it('FR-1 the period moving on: the scheduler re-evaluates at the start of April, clearing what March counted', async () => {
    const april = async () => (await store().readStream(customerStream())).filter((e) => e.type === 'finance-ratio.RatioEvaluated' && (e.data as { snapshot: { period: { from: string } } }).snapshot.period.from === '2026-04-01');
    await app.get(ProjectionHost).caughtUp();
    clock.set(new Date('2026-03-31T15:59:59.000Z'));
    try {
      // Not before the end of March in Shanghai.
      await app.get(DeadlineSchedulerHost).tickAll();
      expect(await april()).toHaveLength(0);
      clock.set(new Date('2026-03-31T16:00:00.000Z'));
      await eventually(async () => {
        await app.get(DeadlineSchedulerHost).tickAll();
        return (await april()).length === 1;
      }, 'the April evaluation');
      const [evaluation] = await april();
      expect(evaluation.actor).toEqual({ id: 'deadline-scheduler', role: 'system' });
      expect(await ratio()).toMatchObject({ period: { from: '2026-04-01', to: '2026-04-30' }, quantity: { numerator: 0, purchased: 0 }, status: 'within_limit', openAlertId: null });
      await eventually(async () => (await alerts()).items.every((a) => a.status === 'cleared'), 'the alert cleared by the new period');
      // Evaluating again by hand changes nothing more; another tick neither.
      await http().post(`/api/v1/finance/ratios/${CUSTOMER}/reevaluate`).set('authorization', FINANCE).expect(204);
      await app.get(DeadlineSchedulerHost).tickAll();
      expect(await april()).toHaveLength(1);
      await http().post('/api/v1/finance/ratios/C-NOBODY/reevaluate').set('authorization', FINANCE).expect(404);
    } finally {
      clock.set(new Date('2026-03-05T02:00:00.000Z'));
    }
  });

  it('FR-3 the quality-cost ledger: entries attributed by cause, adjustments as new entries, reports in JSON, CSV and XLSX whose sums equal the ledger', async () => {
    const entry = (overrides: Partial<Schemas['RecordCostEntryDto']>) =>
      ok(api().POST('/api/v1/finance/ledger/entries', { body: { category: 'parts', amount: '0.10', currency: 'CNY', occurredOn: '2026-03-04', customerId: CUSTOMER, region: 'cn-east', cause: 'our_fault', ...overrides } }));
    const parts = await entry({});
    const labour = await entry({ category: 'labour', amount: '0.20', caseRef: 'case-1' });
    const freight = await entry({ category: 'freight', amount: '70.00', customerId: 'C-FIN-2', cause: 'late_or_wrong_information', salesRepId: 'sales-2' });
    expect(parts).toMatchObject({ amountMinor: '10', attribution: { party: 'company', cause: 'our_fault' }, source: { kind: 'manual' } });
    expect(freight.attribution).toEqual({ party: 'sales_rep', salesRepId: 'sales-2', cause: 'late_or_wrong_information' });
    const adjustment = await ok(api().POST('/api/v1/finance/ledger/entries/{entryId}/adjustments', { params: { path: { entryId: labour.entryId } }, body: { amount: '-0.05', note: 'Labour over-billed' } }));
    expect(adjustment).toMatchObject({ adjusts: labour.entryId, amountMinor: '-5', category: 'labour', source: { kind: 'adjustment', eventId: labour.recordedEventId }, attribution: labour.attribution });
    // The adjusted entry is unchanged.
    expect(await ok(api(AUDITOR).GET('/api/v1/finance/ledger/entries/{entryId}', { params: { path: { entryId: labour.entryId } } }))).toEqual(labour);

    const refused = await http().post('/api/v1/finance/ledger/entries').set('authorization', FINANCE).send({ category: 'parts', amount: '1.00', currency: 'CNY', occurredOn: '2026-03-04', customerId: CUSTOMER, region: 'cn-east', cause: 'unexplained_product_contents' }).expect(422);
    expect(refused.body.code).toBe('FINANCE_RATIO.SALES_REP_REQUIRED');
    const cents = await http().post('/api/v1/finance/ledger/entries').set('authorization', FINANCE).send({ category: 'parts', amount: '0.001', currency: 'CNY', occurredOn: '2026-03-04', customerId: CUSTOMER, region: 'cn-east', cause: 'our_fault' }).expect(400);
    expect(cents.body.fieldErrors).toEqual([expect.objectContaining({ field: 'amount', code: 'too_many_decimals' })]);
    await http().post('/api/v1/finance/ledger/entries/0190f5c2-0000-7000-8000-000000000000/adjustments').set('authorization', FINANCE).send({ amount: '1', note: 'x' }).expect(404);
    await http().post('/api/v1/finance/ledger/entries').set('authorization', GM).send({}).expect(403);

    const ledger = [parts, labour, freight, adjustment].reduce((sum, e) => sum + BigInt(e.amountMinor), 0n);
    expect(ledger).toBe(7025n);
    await eventually(async () => (await http().get('/api/v1/finance/ledger/report?groupBy=customer&from=2026-03-01&to=2026-03-31').set('authorization', GM)).body.totals?.[0]?.entries === 4, 'the ledger projection');
    for (const groupBy of ['customer', 'region', 'rep', 'department', 'party'] as const) {
      const report = json(await ok(api(GM).GET('/api/v1/finance/ledger/report', { params: { query: { groupBy, from: '2026-03-01', to: '2026-03-31' } } })));
      expect(report.rows.reduce((sum, r) => sum + BigInt(r.total), 0n)).toBe(ledger);
      expect(report.totals).toEqual([{ currency: 'CNY', total: '7025', entries: 4 }]);
    }
    const byCustomer = json(await ok(api(GM).GET('/api/v1/finance/ledger/report', { params: { query: { groupBy: 'customer', from: '2026-03-01', to: '2026-03-31' } } })));
    expect(byCustomer.rows).toEqual([
      { key: CUSTOMER, currency: 'CNY', parts: '10', labour: '15', freight: '0', writeOff: '0', total: '25', entries: 3 },
      { key: 'C-FIN-2', currency: 'CNY', parts: '0', labour: '0', freight: '7000', writeOff: '0', total: '7000', entries: 1 },
    ]);

    const csv = await http().get('/api/v1/finance/ledger/report?groupBy=rep&from=2026-03-01&to=2026-03-31&format=csv').set('authorization', FINANCE).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.trim().split('\r\n')).toEqual(['group,currency,parts,labour,freight,write_off,total,entries', '(company),CNY,0.10,0.15,0.00,0.00,0.25,3', 'sales-2,CNY,0.00,0.00,70.00,0.00,70.00,1']);

    const xlsx = await http().get('/api/v1/finance/ledger/report?groupBy=party&from=2026-03-01&to=2026-03-31&format=xlsx').set('authorization', AUDITOR).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const rows: unknown[][] = [];
    workbook.getWorksheet('report')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.slice(1)).toEqual([
      ['group', 'currency', 'parts', 'labour', 'freight', 'write_off', 'total', 'entries'],
      ['company', 'CNY', '0.10', '0.15', '0.00', '0.00', '0.25', 3],
      ['sales_rep', 'CNY', '0.00', '0.00', '70.00', '0.00', '70.00', 1],
    ]);
    const totals: unknown[][] = [];
    workbook.getWorksheet('totals')?.eachRow((row) => totals.push((row.values as unknown[]).slice(1)));
    expect(totals).toEqual([['currency', 'total', 'entries'], ['CNY', '70.25', 4]]);
  });

  it('FR-4 a reward or penalty within the policy range, proposed by one manager and approved by another', async () => {
    const proposal = { kind: 'penalty' as const, subjectId: 'tech-7', month: '2026-03', amount: '200.00', currency: 'CNY', reason: 'Left the site untested: a second visit', region: 'cn-east' };
    const proposed = await ok(api(GM).POST('/api/v1/finance/rewards-penalties', { body: proposal }));
    expect(proposed).toMatchObject({ status: 'proposed', amountMinor: '20000', proposedBy: 'gm-1', policyVersion: 'finance-ratio-default@2026.2' });
    const own = await http().post(`/api/v1/finance/rewards-penalties/${proposed.proposalId}/approve`).set('authorization', GM).send({}).expect(422);
    expect(own.body.code).toBe('FINANCE_RATIO.APPROVER_IS_PROPOSER');
    const approved = await ok(api(BUSINESS_HEAD).POST('/api/v1/finance/rewards-penalties/{id}/approve', { params: { path: { id: proposed.proposalId } }, body: { comment: 'Agreed' } }));
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'bh-1', decision: 'Agreed' });
    const again = await http().post(`/api/v1/finance/rewards-penalties/${proposed.proposalId}/reject`).set('authorization', GM).send({ reason: 'x' }).expect(409);
    expect(again.body.code).toBe('FINANCE_RATIO.PROPOSAL_DECIDED');
    const outside = await http().post('/api/v1/finance/rewards-penalties').set('authorization', GM).send({ ...proposal, amount: '500.01' }).expect(422);
    expect(outside.body).toMatchObject({ code: 'FINANCE_RATIO.OUTSIDE_POLICY_RANGE', details: { min: '50', max: '500' } });
    await http().post('/api/v1/finance/rewards-penalties').set('authorization', FINANCE).send(proposal).expect(403);
    await eventually(async () => (await ok(api(AUDITOR).GET('/api/v1/finance/rewards-penalties', { params: { query: { status: 'approved' } } }))).total === 1, 'the approved proposal listed');
  });

  it('FR-3, FR-4 a dispatch settlement becomes ledger entries (free: the company, charged: the customer) and a conduct record (DI-9) a penalty proposal; a redelivery changes nothing', async () => {
    const customerId = 'C-FIN-DIS';
    const occurredAt = '2026-05-10T02:00:00.000Z';
    /** Dispatch's published event, as its relay puts it on the bus. */
    const dispatchEvent = <T extends typeof DispatchIntegrationEventTypes.Settled | typeof DispatchIntegrationEventTypes.ConductRecorded>(type: T, data: T extends typeof DispatchIntegrationEventTypes.Settled ? SettledV1 : ConductRecordedV1) => {
      delivered++;
      const event = anEnvelope({ type, stream: 'dispatch.work-order-wo-1', tenantId: TENANT, region: 'cn-east', occurredAt, position: BigInt(delivered), actor: { id: 'dispatcher-1', role: 'dispatcher' }, data });
      return { key: event.stream, event };
    };
    const settled = dispatchEvent(DispatchIntegrationEventTypes.Settled, { workOrderId: 'wo-1', chargedTotalMinor: 4_510, currency: 'CNY', receiptNumber: 'R-1', freeItems: 2, chargedItems: 1, customerId, freeTotalMinor: 12_030 });
    const conduct = dispatchEvent(DispatchIntegrationEventTypes.ConductRecorded, { workOrderId: 'wo-1', technicianId: 'tech-7', kind: 'late_arrival', penaltyMinor: 5_000, currency: 'CNY' });
    const bus = app.get<MessageBus>(MESSAGE_BUS);
    await bus.publish(DISPATCH_TOPIC, [settled, conduct]);
    await bus.publish(DISPATCH_TOPIC, [settled, conduct]);

    const may = { groupBy: 'party' as const, from: '2026-05-01', to: '2026-05-31' };
    await eventually(async () => (await http().get('/api/v1/finance/ledger/report?groupBy=party&from=2026-05-01&to=2026-05-31').set('authorization', GM)).body.totals?.[0]?.entries === 2, 'the settlement in the ledger');
    const entry = (part: 'free' | 'charged') => ok(api(AUDITOR).GET('/api/v1/finance/ledger/entries/{entryId}', { params: { path: { entryId: settlementEntryId(TENANT, settled.event.id, part) } } }));
    const source = { kind: 'dispatch_settlement', eventType: DispatchIntegrationEventTypes.Settled, eventId: settled.event.id };
    const free = await entry('free');
    const charged = await entry('charged');
    expect(free).toMatchObject({ amountMinor: '12030', currency: 'CNY', category: 'labour', customerId, caseRef: 'wo-1', occurredOn: '2026-05-10', attribution: { party: 'company', cause: 'our_fault' }, source });
    expect(charged).toMatchObject({ amountMinor: '4510', attribution: { party: 'customer', cause: 'customer_fault' }, source });
    // The ledger total equals the sum of its source: the settlement's free and charged amounts.
    const report = json(await ok(api(GM).GET('/api/v1/finance/ledger/report', { params: { query: may } })));
    expect(report.totals).toEqual([{ currency: 'CNY', total: String(12_030 + 4_510), entries: 2 }]);
    expect(report.rows.map((r) => [r.key, r.total])).toEqual([
      ['company', '12030'],
      ['customer', '4510'],
    ]);

    const proposalId = conductProposalId(TENANT, conduct.event.id);
    const listed = async () => (await ok(api(AUDITOR).GET('/api/v1/finance/rewards-penalties', { params: { query: { pageSize: 100 } } }))).items.filter((p) => p.proposalId === proposalId);
    await eventually(async () => (await listed()).length === 1, 'the conduct proposal listed');
    expect((await listed())[0]).toMatchObject({ status: 'proposed', kind: 'penalty', subjectId: 'tech-7', month: '2026-05', amountMinor: '5000', proposedBy: 'dispatcher-1', source: { kind: 'dispatch_conduct', eventId: conduct.event.id } });
    // Still needs a manager's approval, by someone other than the recording dispatcher.
    const approved = await ok(api(BUSINESS_HEAD).POST('/api/v1/finance/rewards-penalties/{id}/approve', { params: { path: { id: proposalId } }, body: {} }));
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'bh-1', proposedBy: 'dispatcher-1' });
    // The redelivery recorded nothing more: one event on each stream.
    for (const part of ['free', 'charged'] as const) expect(await store().readStream(`${FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX}${settlementEntryId(TENANT, settled.event.id, part)}`)).toHaveLength(1);
    expect(json(await ok(api(GM).GET('/api/v1/finance/ledger/report', { params: { query: may } }))).totals).toEqual(report.totals);
  });

  it('FR-3 a return that cannot be resold (WR-7) becomes a write-off charged to the sales rep or the department; the same charge again records nothing', async () => {
    const charge = (returnRequestId: string, lineId: string, chargedTo: QualityCostChargedV1['chargedTo'], amountMinor: string, id?: string) =>
      returnsEvent(
        WarehouseReturnsIntegrationEventTypes.QualityCostCharged,
        returnRequestId,
        { returnRequestId, lineId, customerId: 'C-FIN-RET', chargedTo, currency: 'CNY', amountMinor, reason: 'over-ordered; the packaging was opened and the units cannot be resold', chargedAt: '2026-06-03T02:00:00.000Z' },
        id,
      );
    const toRep = charge('ret-w-1', 'L1', { kind: 'sales_rep', id: 'sales-1' }, '30000');
    const toDept = charge('ret-w-2', 'L2', { kind: 'department', id: 'sales-east' }, '12000');
    const bus = app.get<MessageBus>(MESSAGE_BUS);
    await bus.publish(WAREHOUSE_RETURNS_TOPIC, [toRep, toDept]);
    await bus.publish(WAREHOUSE_RETURNS_TOPIC, [toRep, charge('ret-w-2', 'L2', { kind: 'department', id: 'sales-east' }, '12000')]);

    const june = { groupBy: 'party' as const, from: '2026-06-01', to: '2026-06-30' };
    await eventually(async () => (await http().get('/api/v1/finance/ledger/report?groupBy=party&from=2026-06-01&to=2026-06-30').set('authorization', GM)).body.totals?.[0]?.entries === 2, 'the charges in the ledger');
    const entry = (returnRequestId: string, lineId: string) => ok(api(AUDITOR).GET('/api/v1/finance/ledger/entries/{entryId}', { params: { path: { entryId: qualityCostEntryId(TENANT, returnRequestId, lineId) } } }));
    expect(await entry('ret-w-1', 'L1')).toMatchObject({
      amountMinor: '30000',
      category: 'write_off',
      customerId: 'C-FIN-RET',
      caseRef: 'ret-w-1',
      occurredOn: '2026-06-03',
      attribution: { party: 'sales_rep', salesRepId: 'sales-1', cause: 'unsold_customer_caused_return' },
      source: { kind: 'returns_write_off', eventType: WarehouseReturnsIntegrationEventTypes.QualityCostCharged, eventId: toRep.event.id },
    });
    expect(await entry('ret-w-2', 'L2')).toMatchObject({ amountMinor: '12000', attribution: { party: 'sales_department', salesRepId: null, department: 'sales-east', cause: 'unsold_customer_caused_return' } });
    const report = json(await ok(api(GM).GET('/api/v1/finance/ledger/report', { params: { query: june } })));
    expect(report.rows.map((r) => [r.key, r.writeOff])).toEqual([
      ['sales_department', '12000'],
      ['sales_rep', '30000'],
    ]);
    const byRep = json(await ok(api(GM).GET('/api/v1/finance/ledger/report', { params: { query: { ...june, groupBy: 'rep' } } })));
    expect(byRep.rows.map((r) => [r.key, r.total])).toEqual([
      ['(sales_department)', '12000'],
      ['sales-1', '30000'],
    ]);
    for (const [r, l] of [['ret-w-1', 'L1'], ['ret-w-2', 'L2']]) expect(await store().readStream(`${FINANCE_RATIO_COST_ENTRY_STREAM_PREFIX}${qualityCostEntryId(TENANT, r, l)}`)).toHaveLength(1);
  });

  describe('bad input is a 400 naming the field, and records nothing', () => {
    const cases: [string, unknown, { field: string; code: string }][] = [
      ['no documents', { documents: [] }, { field: 'documents', code: 'arrayMinSize' }],
      ['a price as a JSON number (float money)', { documents: [document('SO-B1', 1, { customerId: 'C-BAD', lines: [{ sku: 'A', quantity: 1, unitPrice: 0.1 as never }] })] }, { field: 'documents.0.lines.0.unitPrice', code: 'isString' }],
      ['more decimals than the currency has', { documents: [document('SO-B2', 1, { customerId: 'C-BAD', lines: [{ sku: 'A', quantity: 1, unitPrice: '0.001' }] })] }, { field: 'documents[0].lines[0].unitPrice', code: 'too_many_decimals' }],
      ['an unknown currency', { documents: [document('SO-B3', 1, { customerId: 'C-BAD', currency: 'XXY' })] }, { field: 'documents[0].currency', code: 'unknown_currency' }],
      ['an unknown region', { documents: [document('SO-B4', 1, { customerId: 'C-BAD', region: 'cn-mars' })] }, { field: 'documents[0].region', code: 'unknown_region' }],
      ['a quantity of 0', { documents: [document('SO-B5', 0, { customerId: 'C-BAD' })] }, { field: 'documents.0.lines.0.quantity', code: 'min' }],
      ['a day that does not exist', { documents: [document('SO-B6', 1, { customerId: 'C-BAD', documentDate: '2026-02-30' })] }, { field: 'documents.0.documentDate', code: 'invalid_date' }],
      ['one document twice with different contents', { documents: [document('SO-B7', 1, { customerId: 'C-BAD' }), document('SO-B7', 1, { customerId: 'C-BAD', documentDate: '2026-03-03' })] }, { field: 'documents[1].documentDate', code: 'inconsistent_document' }],
    ];
    it.each(cases)('FR-1 %s', async (_what, body, expected) => {
      const res = await http().post('/api/v1/finance/purchases').set('authorization', FINANCE).send(body as object).expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(res.body.fieldErrors).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
      expect(await store().readStream(customerStream('C-BAD'))).toEqual([]);
    });

    it('refuses an upload that is not CSV or XLSX, a JSON body to the import, and a bad customer id in a path', async () => {
      const res = await http().post('/api/v1/finance/purchases/import').set('authorization', FINANCE).attach('file', Buffer.from('hello'), 'notes.txt').expect(400);
      expect(res.body).toMatchObject({ code: 'FINANCE_RATIO.UNREADABLE_FILE', details: { reason: 'unknown_format' } });
      const broken = await http().post('/api/v1/finance/purchases/import').set('authorization', FINANCE).attach('file', Buffer.from('not a zip'), 'p.xlsx').expect(400);
      expect(broken.body).toMatchObject({ code: 'FINANCE_RATIO.UNREADABLE_FILE', details: { reason: 'not_xlsx' } });
      const header = await http().post('/api/v1/finance/purchases/import').set('authorization', FINANCE).attach('file', Buffer.from('document_number,price\nSO-1,1'), 'p.csv').expect(400);
      expect(header.body.details.rowErrors).toEqual(expect.arrayContaining([{ row: 1, column: 'price', code: 'unknown_column' }, { row: 1, column: 'unit_price', code: 'missing_column' }]));
      await http().post('/api/v1/finance/purchases/import').set('authorization', FINANCE).send({ file: 'x' }).expect(400);
      await http().post('/api/v1/finance/purchases').set('authorization', FINANCE).attach('file', Buffer.from('x'), 'p.csv').expect(415);
      await http().get(`/api/v1/finance/ratios/${'x'.repeat(65)}`).set('authorization', FINANCE).expect(400);
      await http().get('/api/v1/finance/alerts?status=closed').set('authorization', FINANCE).expect(400);
    });
  });
});
