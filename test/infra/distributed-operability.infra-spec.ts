import { signToken } from '@aftersales/platform';
import { Deployment, describeWithDistributedInfra, freshDeployment } from './support/distributed-env';
import { acknowledgedId, intakeClient } from './support/intake-client';
import { qaClient } from './support/qa-client';
import { RunningService, buildOnce, eventually, startReadyService, stopGracefully } from './support/service-process';

/**
 * Operability across processes (issue 17): a calendar year published on intake (the deployment's
 * calendar publisher, ADR 013) reaches QA through `aftersales.calendar.events` without a restart,
 * and each service's /metrics shows its side of a complaint flowing to QA (relay, consumer lag per
 * partition on the real broker, handler). Intake and QA share only Kafka and the token secret.
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

describeWithDistributedInfra('distributed operability: calendars published at run time, metrics on every service', () => {
  let intakeDeployment: Deployment;
  let qaDeployment: Deployment;
  const running: RunningService[] = [];
  let intakeUrl = '';
  let qaUrl = '';

  beforeAll(async () => {
    buildOnce();
    intakeDeployment = freshDeployment(SECRET, 'opsintake');
    qaDeployment = freshDeployment(SECRET, 'opsqa');
    const env = (d: Deployment) => ({ ...d.env, CALENDAR_REFRESH_MS: '500' });
    [intakeUrl, qaUrl] = (await Promise.all([startReadyService('intake', env(intakeDeployment), running), startReadyService('qa', env(qaDeployment), running)])).map((s) => s.url);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(running.splice(0).map((service) => stopGracefully(service, 20_000)));
    await intakeDeployment?.teardown();
    await qaDeployment?.teardown();
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
});
