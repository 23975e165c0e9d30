import { signToken } from '@aftersales/platform';
import { Deployment, describeWithDistributedInfra, freshDeployment } from './support/distributed-env';
import { acknowledgedId, intakeClient } from './support/intake-client';
import { OtlpReceiver } from './support/otlp-receiver';
import { qaClient } from './support/qa-client';
import { RunningService, buildOnce, eventually, startReadyService, stopGracefully } from './support/service-process';

/**
 * Operability across processes (issue 17): a calendar year published on intake (the deployment's
 * calendar publisher, ADR 013) reaches QA through `aftersales.calendar.events` without a restart,
 * and each service's /metrics shows its side of a complaint flowing to QA (relay, consumer lag per
 * partition on the real broker, handler), and one trace runs from intake's HTTP request to QA's
 * consumer through the broker's record headers (ADR 016), exported over OTLP to a stand-in
 * collector. Intake and QA share only Kafka, the token secret and the collector.
 */
const SECRET = 'distributed-ops-e2e-secret-'.padEnd(48, 'x');
const suffix = Date.now().toString(36);
const TENANT = `ops-${suffix}`;
const intake = intakeClient(SECRET, suffix);
const qa = qaClient(SECRET);
const ADMIN = `Bearer ${signToken(SECRET, { subject: 'ops-admin', roles: ['admin'], tenantId: TENANT })}`;
const YEAR = {
  source: 'test notice (distributed e2e)',
  holidays: [{ date: '2027-01-01', name: "New Year's Day", localName: '元旦' }],
  workdays: [],
};

/** The value of the series whose labels include `labels`, summed. */
function metric(text: string, name: string, labels: Record<string, string> = {}): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

const scrape = async (url: string) => (await fetch(`${url}/metrics`)).text();

/** The first value `pick` finds, waiting for it. */
async function found<T>(pick: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
  let value: T | undefined;
  await eventually(async () => (value = pick()) !== undefined, what, timeoutMs);
  return value as T;
}

describeWithDistributedInfra('distributed operability: calendars published at run time, metrics on every service', () => {
  let intakeDeployment: Deployment;
  let qaDeployment: Deployment;
  const running: RunningService[] = [];
  let intakeUrl = '';
  let qaUrl = '';
  let collector: OtlpReceiver;

  beforeAll(async () => {
    buildOnce();
    collector = await OtlpReceiver.start();
    intakeDeployment = freshDeployment(SECRET, 'opsintake');
    qaDeployment = freshDeployment(SECRET, 'opsqa');
    const env = (d: Deployment) => ({
      ...d.env,
      CALENDAR_REFRESH_MS: '500',
      // Traces on, as an operator turns them on (docs/observability.md "Traces"); spans leave within 100 ms.
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    [intakeUrl, qaUrl] = (await Promise.all([startReadyService('intake', env(intakeDeployment), running), startReadyService('qa', env(qaDeployment), running)])).map((s) => s.url);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(running.splice(0).map((service) => stopGracefully(service, 20_000)));
    await intakeDeployment?.teardown();
    await qaDeployment?.teardown();
    await collector?.close();
  }, 120_000);

  it('IN-3, QA-3 a year published on intake is in force on QA without a restart; QA itself does not take publications', async () => {
    const put = (url: string) =>
      fetch(`${url}/api/v1/calendars/cn/years/2027`, { method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(YEAR) });
    const published = await put(intakeUrl);
    expect(published.status).toBe(200);
    const body = (await published.json()) as { revision: number; regions: { region: string; version: string }[] };
    expect(body.revision).toBe(1);
    const version = body.regions.find((r) => r.region === 'cn-east')?.version;
    expect(version).toMatch(/\+cn\/2027@1$/);

    const refused = await put(qaUrl);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ code: 'PLATFORM.CALENDAR_NOT_FOUND' });

    await eventually(async () => {
      const res = await fetch(`${qaUrl}/api/v1/calendars`, { headers: { authorization: ADMIN } });
      const overview = (await res.json()) as { regions: { region: string; version: string }[] };
      return overview.regions.some((r) => r.region === 'cn-east' && r.version === version);
    }, 'QA computing with the published year', 60_000);
  }, 120_000);

  it('IN-1, QA-1 /metrics on each service moves as a complaint flows to QA: intake appends and relays, QA consumes, its group lag per partition from the broker', async () => {
    const before = { intake: await scrape(intakeUrl), qa: await scrape(qaUrl) };
    const registered = await intake.register(intakeUrl, TENANT, 1);
    expect(registered.status).toBe(201);
    const complaintId = acknowledgedId(registered);
    await eventually(async () => (await qa.casesOfComplaint(qaUrl, TENANT, complaintId)).total === 1, 'the QA case', 60_000);
    const after = { intake: await scrape(intakeUrl), qa: await scrape(qaUrl) };
    const moved = (side: 'intake' | 'qa', name: string, labels: Record<string, string> = {}) => metric(after[side], name, labels) - metric(before[side], name, labels);

    expect(moved('intake', 'aftersales_http_server_request_duration_seconds_count', { method: 'POST', route: '/api/v1/complaints', status_code: '201' })).toBe(1);
    expect(moved('intake', 'aftersales_events_appended_total', { context: 'intake', type: 'intake.ComplaintRegistered' })).toBe(1);
    await eventually(async () => metric(await scrape(intakeUrl), 'aftersales_relay_published_events_total', { relay: 'intake' }) > metric(before.intake, 'aftersales_relay_published_events_total', { relay: 'intake' }), 'the relay count', 30_000);
    expect(moved('qa', 'aftersales_consumer_handler_duration_seconds_count', { consumer: 'qa-complaints', outcome: 'handled' })).toBeGreaterThanOrEqual(1);
    expect(moved('qa', 'aftersales_events_appended_total', { context: 'qa' })).toBeGreaterThanOrEqual(1);
    // Every partition of the topic (KAFKA_TOPIC_PARTITIONS, 6 by default) has its series, from the broker's offsets.
    for (let partition = 0; partition < 6; partition++) {
      expect(after.qa).toMatch(new RegExp(`aftersales_consumer_lag_messages\\{group="qa",topic="aftersales.intake.events",partition="${partition}"\\} \\d+`));
    }
    await eventually(async () => metric(await scrape(qaUrl), 'aftersales_consumer_lag_messages', { group: 'qa', topic: 'aftersales.intake.events' }) === 0, 'QA caught up on intake (lag 0)', 30_000);
    expect(after.qa).toMatch(/aftersales_read_model_operation_duration_seconds_count\{collection="qa\.cases"/);
    expect(after.qa).toContain('process_resident_memory_bytes');
  }, 120_000);

  it('IN-1, QA-1 one trace runs from intake\'s HTTP request through the relay and the broker to QA\'s consumer and append', async () => {
    const registered = await intake.register(intakeUrl, TENANT, 2);
    expect(registered.status).toBe(201);
    const complaintId = acknowledgedId(registered);
    await eventually(async () => (await qa.casesOfComplaint(qaUrl, TENANT, complaintId)).total === 1, 'the QA case', 60_000);

    const request = await found(
      () => collector.spans.find((s) => s.service === 'aftersales-intake' && s.kind === 2 && s.name.startsWith('POST') && s.traceId !== '' && String(s.attributes['http.target'] ?? s.attributes['url.path']).startsWith('/api/v1/complaints')),
      "intake's HTTP server span",
      30_000,
    );
    const inTrace = () => collector.spans.filter((s) => s.traceId === request.traceId);
    const processed = await found(
      () => inTrace().find((s) => s.service === 'aftersales-qa' && s.name === 'process aftersales.intake.events' && s.attributes['aftersales.delivery.outcome'] === 'handled'),
      "QA's consumer span in the registration's trace",
      30_000,
    );
    const qaAppend = await found(() => inTrace().find((s) => s.service === 'aftersales-qa' && s.name === 'append qa' && s.parentSpanId === processed.spanId), "QA's append under its consumer span", 30_000);
    const send = inTrace().find((s) => s.spanId === processed.parentSpanId);

    expect(send).toMatchObject({ service: 'aftersales-intake', name: 'send aftersales.intake.events', kind: 4 });
    expect(processed).toMatchObject({ kind: 5, attributes: { 'messaging.system': 'kafka', 'messaging.consumer.group.name': 'qa', 'messaging.destination.name': 'aftersales.intake.events' } });
    expect(qaAppend.attributes['aftersales.stream']).toMatch(/^qa\./);
    // The relay's send is the child of intake's append, itself under the request.
    const appended = inTrace().find((s) => s.spanId === send?.parentSpanId);
    expect(appended).toMatchObject({ service: 'aftersales-intake', name: 'append intake' });
  }, 120_000);
});
