import { Client } from 'pg';
import { BusMessage, EventEnvelope, newEventId } from '@aftersales/eventsourcing';
import { DispositionDecidedV1, QA_CASE_STREAM_PREFIX, QA_TOPIC, QaIntegrationEventTypes } from '@aftersales/contracts';
import { encodeMessage } from '@aftersales/adapters-kafka';
import { caseIdForComplaint } from '@aftersales/qa-domain';
import { workOrderIdForCase } from '@aftersales/dispatch-domain';
import { signToken } from '@aftersales/platform';
import { Kafka, logLevel } from 'kafkajs';
import { BROKERS, Deployment, PG_URL, describeWithDistributedInfra, freshDeployment } from './support/distributed-env';
import { acknowledgedId, intakeClient } from './support/intake-client';
import { qaClient } from './support/qa-client';
import { RunningService, buildOnce, eventually, startReadyService, stopGracefully } from './support/service-process';

/**
 * Distributed end-to-end of dispatch (issue 13): intake, QA and dispatch compiled and run as
 * separate OS processes, each on a PostgreSQL schema and a Mongo database of its own (dispatch's
 * read models on Mongo-wire), sharing only the brokers and the JWT secret. QA's published
 * `on_site_repair` disposition reaches dispatch's process manager (group `dispatch`) over Kafka.
 * Dispatch's store is read directly (not through its API) for the exactly-once checks.
 */
const SECRET = 'distributed-dispatch-e2e-secret-'.padEnd(48, 'x');
const suffix = Date.now().toString(36);
const tenantOf = (label: string) => `di-${label}-${suffix}`;
const intake = intakeClient(SECRET, suffix);
const qa = qaClient(SECRET);
const WORK_ORDER_PREFIX = 'dispatch.work-order-';
const CREATED = 'dispatch.WorkOrderCreated';

/** Per work order stream in dispatch's store: its tenant, its events, and how many are WorkOrderCreated. */
async function workOrderStreams(schema: string): Promise<Map<string, { tenantId: string; events: number; created: number }>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass($1) AS t`, [`${schema}.events`]);
    if (exists.rows[0].t === null) return new Map();
    const { rows } = await client.query<{ stream: string; tenant_id: string; events: string; created: string }>(
      `SELECT stream, min(tenant_id) AS tenant_id, count(*) AS events, count(*) FILTER (WHERE type = $1) AS created
         FROM ${schema}.events WHERE stream LIKE $2 GROUP BY stream`,
      [CREATED, `${WORK_ORDER_PREFIX}%`],
    );
    return new Map(rows.map((r) => [r.stream, { tenantId: r.tenant_id, events: Number(r.events), created: Number(r.created) }]));
  } finally {
    await client.end();
  }
}

/** QA's DispositionDecided as QA's relay publishes it (key = the case's stream), for a case of this tenant. */
function disposition(tenantId: string, caseId: string, eventId = newEventId()): BusMessage {
  const stream = `${QA_CASE_STREAM_PREFIX}${caseId}`;
  const data: DispositionDecidedV1 = {
    caseId,
    complaintId: null,
    disposition: 'on_site_repair',
    interim: false,
    note: 'Replace the seal on site',
    customerId: 'C-20001',
    product: { model: 'PX-200', serialNumber: `SN-${caseId.slice(-6)}`, contractNumber: null },
  };
  const event: EventEnvelope = {
    id: eventId,
    type: QaIntegrationEventTypes.DispositionDecided,
    schemaVersion: 1,
    stream,
    revision: 3n,
    position: 1n,
    occurredAt: new Date().toISOString(),
    tenantId,
    region: 'cn-east',
    actor: { id: 'qa-1', role: 'qa' },
    correlationId: newEventId(),
    causationId: null,
    policyVersion: null,
    data,
  };
  return { key: stream, event };
}

describeWithDistributedInfra('distributed dispatch: the work order from QA\'s disposition over Kafka', () => {
  let intakeDeployment: Deployment;
  let qaDeployment: Deployment;
  let dispatchDeployment: Deployment;
  const running: RunningService[] = [];
  const kafka = new Kafka({ clientId: 'aftersales-dispatch-test', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true });

  beforeAll(async () => {
    buildOnce();
    intakeDeployment = freshDeployment(SECRET, 'intake');
    qaDeployment = freshDeployment(SECRET, 'qa', { readModels: 'postgres' });
    // Dispatch's read models on the Mongo wire protocol, its events on PostgreSQL.
    dispatchDeployment = freshDeployment(SECRET, 'dispatch');
    expect(dispatchDeployment.env.READ_MODELS).toBeUndefined();
    await producer.connect();
  }, 240_000);

  afterEach(async () => {
    await Promise.all(running.splice(0).map((service) => stopGracefully(service, 20_000)));
  }, 60_000);

  afterAll(async () => {
    await producer.disconnect();
    await intakeDeployment?.teardown();
    await qaDeployment?.teardown();
    await dispatchDeployment?.teardown();
  }, 120_000);

  const start = (service: 'intake' | 'qa' | 'dispatch') =>
    startReadyService(service, { intake: intakeDeployment, qa: qaDeployment, dispatch: dispatchDeployment }[service].env, running);
  const dispatcher = (tenantId: string) => `Bearer ${signToken(SECRET, { subject: `disp-${tenantId}`, roles: ['dispatcher'], tenantId })}`;
  const workOrdersOf = async (url: string, tenantId: string, caseId: string) => {
    const res = await fetch(`${url}/api/v1/work-orders?caseId=${caseId}`, { headers: { authorization: dispatcher(tenantId) }, signal: AbortSignal.timeout(10_000) });
    if (res.status !== 200) throw new Error(`GET work-orders answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { total: number; items: { workOrderId: string; status: string; source: { caseId: string | null } }[] };
  };

  it('DI-1 a complaint accepted at intake, decided on_site_repair at QA, becomes one work order at dispatch', async () => {
    const tenantId = tenantOf('roundtrip');
    const [intakeService, qaService, dispatchService] = await Promise.all([start('intake'), start('qa'), start('dispatch')]);
    const registered = await intake.register(intakeService.url, tenantId, 1);
    expect({ status: registered.status, acceptance: registered.acceptance }).toEqual({ status: 201, acceptance: 'accepted_free' });
    const caseId = caseIdForComplaint(tenantId, acknowledgedId(registered));
    await eventually(async () => (await qa.casesOfComplaint(qaService.url, tenantId, acknowledgedId(registered))).total === 1, 'the QA case', 60_000);
    const determined = await qa.act(qaService.url, tenantId, caseId, 'determination', { responsibility: 'ours', ourCause: 'technical', summary: 'Seal out of tolerance', evidenceRefs: ['lab-1'] });
    expect(determined.status).toBe(200);
    const t0 = Date.now();
    expect((await qa.act(qaService.url, tenantId, caseId, 'disposition', { disposition: 'on_site_repair', note: 'Replace the seal' })).status).toBe(200);
    await eventually(async () => (await workOrdersOf(dispatchService.url, tenantId, caseId)).total === 1, 'the work order at dispatch', 60_000);
    const listed = await workOrdersOf(dispatchService.url, tenantId, caseId);
    expect(listed.items).toEqual([expect.objectContaining({ workOrderId: workOrderIdForCase(tenantId, caseId), status: 'created', source: expect.objectContaining({ caseId }) })]);
    const streams = await workOrderStreams(dispatchDeployment.schema);
    expect(streams.get(`${WORK_ORDER_PREFIX}${workOrderIdForCase(tenantId, caseId)}`)).toEqual({ tenantId, events: 1, created: 1 });
    console.info(`dispatch round trip: work order listed by dispatch ${Date.now() - t0} ms after QA decided on_site_repair`);
    // Back over Kafka: dispatch publishes WorkOrderCreated at v2 (ADR 017), which intake's consumer reads.
    const cs = `Bearer ${signToken(SECRET, { subject: `cs-${tenantId}`, roles: ['customer_service'], tenantId })}`;
    const onComplaint = async () => {
      const res = await fetch(`${intakeService.url}/api/v1/complaints/${acknowledgedId(registered)}`, { headers: { authorization: cs }, signal: AbortSignal.timeout(10_000) });
      return ((await res.json()) as { workOrder?: { workOrderId: string; status: string } | null }).workOrder ?? null;
    };
    await eventually(async () => (await onComplaint()) !== null, "the work order on intake's complaint", 60_000);
    expect(await onComplaint()).toMatchObject({ workOrderId: workOrderIdForCase(tenantId, caseId), status: 'created' });
  }, 240_000);

  it('DI-1 kill -9 of dispatch mid-stream loses and doubles no work order', async () => {
    const tenantId = tenantOf('sigkill');
    const first = await start('dispatch');
    const caseIds = Array.from({ length: 40 }, () => newEventId());
    const ofTenant = async () => [...(await workOrderStreams(dispatchDeployment.schema))].filter(([, s]) => s.tenantId === tenantId);
    // Each disposition twice (a redelivery under the same id) and once more under a new id (QA deciding it again).
    const send = async (ids: readonly string[]) => {
      const messages = ids.flatMap((caseId) => {
        const once = disposition(tenantId, caseId);
        return [once, once, disposition(tenantId, caseId)];
      });
      await producer.send({ topic: QA_TOPIC, acks: -1, messages: messages.map((m) => encodeMessage(m)) });
    };
    for (let i = 0; i < 20; i += 5) await send(caseIds.slice(i, i + 5));
    // Mid-stream: some work orders are stored, and more dispositions are on their way.
    await eventually(async () => (await ofTenant()).length >= 3, 'dispatch creating the first work orders', 60_000, 50);
    first.process.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const atKill = (await ofTenant()).length;
    for (let i = 20; i < 40; i += 5) await send(caseIds.slice(i, i + 5));

    await start('dispatch');
    await eventually(async () => (await ofTenant()).length === caseIds.length, `a work order for each of ${caseIds.length} cases`, 180_000);
    const streams = await ofTenant();
    expect(streams.map(([stream]) => stream).sort()).toEqual(caseIds.map((c) => `${WORK_ORDER_PREFIX}${workOrderIdForCase(tenantId, c)}`).sort());
    expect(streams.filter(([, s]) => s.created !== 1 || s.events !== 1)).toEqual([]);
    console.info(`dispatch SIGKILL: ${caseIds.length} dispositions (each delivered 3 times), ${atKill} work orders stored at the kill; after the restart ${streams.length} work orders, one WorkOrderCreated each`);
  }, 300_000);
});
