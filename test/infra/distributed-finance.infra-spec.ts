import { Kafka, logLevel } from 'kafkajs';
import { BusMessage, newEventId } from '@aftersales/eventsourcing';
import { encodeMessage } from '@aftersales/adapters-kafka';
import { FINANCE_RATIO_TOPIC, FinanceRatioIntegrationEventTypes, RatioSnapshotTakenV1, WAREHOUSE_RETURNS_TOPIC } from '@aftersales/contracts';
import { bookingMessage } from './support/returns-events';
import { signToken } from '@aftersales/platform';
import { BROKERS, Deployment, describeWithDistributedInfra, freshDeployment } from './support/distributed-env';
import { readTopicWithKafkaJs } from './support/kafka-tools';
import { RunningService, buildOnce, eventually, startReadyService, stopGracefully } from './support/service-process';

/**
 * Distributed end-to-end of finance-ratio (issue 14) as its own OS process on a store of its own:
 * purchases over its HTTP API, warehouse-returns' booked returns arriving over Kafka
 * (`aftersales.warehouse-returns.events`, group `finance-ratio-returns`; the default policy 2026.2
 * counts them rather than QA's dispositions, docs/adr/018), and its ratio snapshots and alerts
 * published to `aftersales.finance-ratio.events`, which is what warehouse-returns reads (never a
 * call to this service).
 */
const SECRET = 'distributed-finance-e2e-secret-'.padEnd(48, 'x');
const TENANT = `fin-${Date.now().toString(36)}`;
const FINANCE = `Bearer ${signToken(SECRET, { subject: 'fin-1', roles: ['finance'], tenantId: TENANT })}`;
const CUSTOMER = 'C-DIST-1';

/** A receipt note of one exchanged unit for the customer (keyed by `keyOf`'s stream). */
const booking = (returnRequestId: string, customerId = CUSTOMER, id = newEventId(), keyOf = returnRequestId): BusMessage => bookingMessage(TENANT, returnRequestId, customerId, { id, keyOf });

describeWithDistributedInfra('distributed finance-ratio: its own process, booked returns in and ratio snapshots out over Kafka', () => {
  let deployment: Deployment;
  const running: RunningService[] = [];
  const kafka = new Kafka({ clientId: 'aftersales-finance-test', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });

  beforeAll(async () => {
    buildOnce();
    deployment = freshDeployment(SECRET, 'finance');
    await producer.connect();
  }, 240_000);

  afterAll(async () => {
    await producer.disconnect();
    await Promise.all(running.splice(0).map((service) => stopGracefully(service, 20_000)));
    await deployment?.teardown();
  }, 120_000);

  const publish = (...messages: BusMessage[]) => producer.send({ topic: WAREHOUSE_RETURNS_TOPIC, acks: -1, messages: messages.map(encodeMessage) });

  it('FR-1, FR-2 booked exchanges over Kafka push a customer over its limit: one alert, a redelivery changes nothing, the snapshots are published', async () => {
    const service = await startReadyService('finance-ratio', deployment.env, running);
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${service.url}${path}`, { method, headers: { authorization: FINANCE, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
    };
    const ratio = async (customerId = CUSTOMER) => call('GET', `/api/v1/finance/ratios/${customerId}`);
    // The document dated today where the policy counts (Asia/Shanghai), so it is in the current month.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const recorded = await call('POST', '/api/v1/finance/purchases', {
      documents: [{ documentNumber: 'SO-D1', customerId: CUSTOMER, documentDate: today, region: 'cn-east', currency: 'CNY', lines: [{ sku: 'PX-200', quantity: 100, unitPrice: '10.00' }] }],
    });
    expect(recorded.status).toBe(200);

    const sixth = booking('r-6');
    await publish(...[1, 2, 3, 4, 5].map((n) => booking(`r-${n}`)), sixth);
    await eventually(async () => ((await ratio()).body?.quantity as { exchanged?: number } | undefined)?.exchanged === 6, 'six exchanges counted');
    expect((await ratio()).body).toMatchObject({ overLimit: true, status: 'over_limit' });

    // The sixth again (a redelivery), then a marker on the same key: once the marker is counted, the copy was handled.
    await publish(sixth, booking('r-6-marker', 'C-DIST-MARK', newEventId(), 'r-6'));
    await eventually(async () => (await ratio('C-DIST-MARK')).status === 200, 'the marker after the copy');
    expect((await ratio()).body).toMatchObject({ quantity: { exchanged: 6 }, overLimit: true });

    const published = async () => (await readTopicWithKafkaJs(FINANCE_RATIO_TOPIC, { brokers: BROKERS })).filter((r) => r.headers.tenantId === TENANT && (JSON.parse(r.value) as { data: { customerId: string } }).data.customerId === CUSTOMER);
    await eventually(async () => (await published()).some((r) => r.headers.type === FinanceRatioIntegrationEventTypes.RatioAlertRaised), 'the alert on the topic', 30_000);
    const records = await published();
    expect(records.filter((r) => r.headers.type === FinanceRatioIntegrationEventTypes.RatioAlertRaised)).toHaveLength(1);
    const snapshots = records.filter((r) => r.headers.type === FinanceRatioIntegrationEventTypes.RatioSnapshotTaken).map((r) => (JSON.parse(r.value) as { data: RatioSnapshotTakenV1 }).data);
    // One per change: the purchase, then each of the six exchanges; numbered in order on the customer's key.
    expect(snapshots.map((s) => s.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(snapshots.at(-1)).toMatchObject({ customerId: CUSTOMER, quantity: { exchanged: 6, purchased: 100, exceeded: true }, amounts: [{ currency: 'CNY', numeratorMinor: '6000', purchasedMinor: '100000' }], overLimit: true });
    expect(snapshots.at(-1)?.openAlertId).toEqual(expect.any(String));
    expect(new Set(records.map((r) => r.key)).size).toBe(1);
  }, 240_000);
});
