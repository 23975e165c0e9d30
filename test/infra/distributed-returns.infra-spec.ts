import { Kafka, logLevel } from 'kafkajs';
import { BusMessage, newEventId } from '@aftersales/eventsourcing';
import { encodeMessage } from '@aftersales/adapters-kafka';
import { WAREHOUSE_RETURNS_TOPIC } from '@aftersales/contracts';
import { signToken } from '@aftersales/platform';
import { BROKERS, Deployment, describeWithDistributedInfra, freshDeployment } from './support/distributed-env';
import { RunningService, buildOnce, eventually, startReadyService, stopGracefully } from './support/service-process';
import { bookingMessage } from './support/returns-events';

/**
 * Distributed end-to-end of warehouse-returns (issue 15) as its own OS process on a store of its
 * own, beside finance-ratio on another: finance publishes the purchase documents and the ratio
 * snapshots to `aftersales.finance-ratio.events`, and warehouse-returns reads them over Kafka (group
 * `warehouse-returns-finance`) into its own projections, never calling finance: a return's lines are
 * priced from finance's delivery (WR-1), and the ratio check records finance's figure (WR-2).
 */
const SECRET = 'distributed-returns-e2e-secret-'.padEnd(48, 'x');
const TENANT = `ret-${Date.now().toString(36)}`;
const bearer = (role: string, subject: string) => `Bearer ${signToken(SECRET, { subject, roles: [role as never], tenantId: TENANT })}`;
const FINANCE = bearer('finance', 'fin-1');
const ASH = bearer('after_sales_head', 'ash-1');
const BH = bearer('business_head', 'bh-1');
const GM = bearer('general_manager', 'gm-1');
const WITHIN = 'C-WR-1';
const OVER = 'C-WR-2';

/** An earlier return of the customer booked in (one exchanged unit): finance counts booked returns in the ratio (FR-1, policy 2026.2). */
function booked(customerId: string): BusMessage {
  return bookingMessage(TENANT, `earlier-${newEventId()}`, customerId);
}

describeWithDistributedInfra('distributed warehouse-returns: its own process, finance\'s deliveries and ratio over Kafka', () => {
  const deployments: Deployment[] = [];
  const running: RunningService[] = [];
  const kafka = new Kafka({ clientId: 'aftersales-returns-test', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });

  beforeAll(async () => {
    buildOnce();
    deployments.push(freshDeployment(SECRET, 'finance'), freshDeployment(SECRET, 'returns'));
    await producer.connect();
  }, 240_000);

  afterAll(async () => {
    await producer.disconnect();
    await Promise.all(running.splice(0).map((service) => stopGracefully(service, 20_000)));
    await Promise.all(deployments.map((d) => d.teardown()));
  }, 120_000);

  it('WR-1, WR-2 a return priced from finance\'s delivery; the ratio check signs within the limit and refuses over it, with finance\'s figure', async () => {
    const [finance, returns] = await Promise.all([startReadyService('finance-ratio', deployments[0].env, running), startReadyService('warehouse-returns', deployments[1].env, running)]);
    const call = async (base: string, auth: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> & { returnRequestId: string } };
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const document = (customerId: string) => ({ documentNumber: `SO-${customerId}`, customerId, documentDate: today, region: 'cn-east', salesRepId: 'sales-7', currency: 'CNY', lines: [{ sku: 'PX-200', quantity: 100, unitPrice: '10.00' }] });
    expect((await call(finance.url, FINANCE, 'POST', '/api/v1/finance/purchases', { documents: [document(WITHIN), document(OVER)] })).status).toBe(200);
    // Six booked exchanges of 100 delivered: finance puts C-WR-2 over its 5 % limit.
    await producer.send({ topic: WAREHOUSE_RETURNS_TOPIC, acks: -1, messages: [1, 2, 3, 4, 5, 6].map(() => encodeMessage(booked(OVER))) });
    await eventually(async () => (await call(finance.url, FINANCE, 'GET', `/api/v1/finance/ratios/${OVER}`)).body?.overLimit === true, 'finance over the limit');

    // The lines are checked against finance's delivery as it arrives over Kafka (422 until it has).
    const open = async (customerId: string) => {
      let answer = { status: 0, body: {} as Record<string, unknown> & { returnRequestId: string } };
      const body = { region: 'cn-east', customerId, reason: 'unsalable', lines: [{ lineId: 'L1', sku: 'PX-200', serialNumber: null, quantity: 3, deliveryDocument: `SO-${customerId}` }] };
      await eventually(async () => (answer = await call(returns.url, ASH, 'POST', '/api/v1/returns', body)).status === 201, `finance's delivery of ${customerId} in warehouse-returns`, 60_000);
      return answer.body;
    };
    const within = await open(WITHIN);
    expect(within).toMatchObject({ status: 'in_approval', lines: [{ unitPriceMinor: '1000', currency: 'CNY', salesRepId: 'sales-7', deliveredOn: today }] });
    const over = await open(OVER);
    const sign = (id: string, step: string, auth: string) => call(returns.url, auth, 'POST', `/api/v1/returns/${id}/approvals/sign`, { step });

    // The figure finance published last (its snapshots arrive in order on the customer's key), as the check will read it.
    await eventually(async () => (await call(returns.url, ASH, 'GET', `/api/v1/returns/customers/${OVER}/ratio`)).body?.overLimit === true, 'finance\'s latest figure in warehouse-returns', 60_000);
    const checked = await sign(over.returnRequestId, 'after_sales_check', ASH);
    expect(checked.body).toMatchObject({ status: 'refused', refusal: { kind: 'ratio_check', exceptionPossible: true }, ratioCheck: { withinRatio: false, figure: { ratio: '0.060000', limit: '0.05', policyVersion: expect.stringMatching(/^finance-ratio/) } } });
    expect((await sign(over.returnRequestId, 'leader_exception', GM)).body).toMatchObject({ status: 'in_approval' });
    expect((await sign(over.returnRequestId, 'after_sales_check', ASH)).body).toMatchObject({ ratioCheck: { overriddenByException: true } });
    expect((await sign(over.returnRequestId, 'business_head_approval', BH)).body).toMatchObject({ status: 'approved' });

    expect((await sign(within.returnRequestId, 'after_sales_check', ASH)).body).toMatchObject({ ratioCheck: { withinRatio: true, figure: { overLimit: false } }, signatures: [{ step: 'after_sales_check', valid: true }] });
    expect((await sign(within.returnRequestId, 'business_head_approval', BH)).body).toMatchObject({ status: 'approved' });
  }, 300_000);
});
