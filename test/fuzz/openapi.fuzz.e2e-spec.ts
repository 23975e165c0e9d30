import { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, EventStore, ManualClock } from '@aftersales/eventsourcing';
import { caseIdForComplaint } from '@aftersales/qa-domain';
import { ConsumerHost, ProjectionHost, ROLES, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from '../../services/standalone/src/app';
import { registration } from '../../services/standalone/src/testing/complaint-body';
import { apiClient, baseUrlOf, ok } from '../../services/standalone/src/testing/client/client';
import { FuzzRequest, OpenApiDocument, Resources, operationsOf, requestArbitrary } from './openapi-fuzz';

/**
 * A property-based fuzz suite driven by the app's own OpenAPI document (issue 10): real complaints,
 * quality cases, CAPAs, work orders, an outlet and a technician are made first, then every operation is called on their ids with hostile
 * strings, prototype keys, injection-shaped values, malformed JSON, other media types and
 * near-valid bodies. For every answer: never a 5xx; a 4xx carries a stable code and the request's
 * correlation id; and a refused request recorded nothing (no event carries its correlation id).
 *
 * `npm test` runs FUZZ_RUNS (default 400) requests; `npm run fuzz -- --runs N` a longer run;
 * FUZZ_SEED replays a failure (fast-check prints the seed and path when a property fails).
 */
const SECRET = 'z'.repeat(40);
const TENANT = 'acme';
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const ERROR_CODE = /^[A-Z_]+\.[A-Z_]+$/;
/** Every role at once: authorization passes, so the request reaches validation and the domain. */
const EVERYONE = `Bearer ${signToken(SECRET, { subject: 'fuzz-1', roles: [...ROLES], tenantId: TENANT })}`;

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('OpenAPI-driven fuzzing (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  let base: string;
  let document: OpenApiDocument;
  let resources: Resources;
  let requests = 0;
  const statuses = new Map<number, number>();
  const store = () => app.get<EventStore>(EVENT_STORE);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-fuzz-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    const clock = new ManualClock('2026-03-05T03:00:00.000Z');
    ({ app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' }, { clock }));
    await app.listen(0, '127.0.0.1');
    // The client reuses pooled connections; on a loaded machine the gap before the first fuzz
    // request (generating it) can pass the server's 5 s keep-alive, and a request sent on a socket
    // the server is closing meets ECONNRESET (seen 2 runs in 6). Idle sockets stay open for the test.
    (app.getHttpServer() as { keepAliveTimeout: number }).keepAliveTimeout = 120_000;
    await app.get(ProjectionHost).caughtUp();
    await app.get(ConsumerHost).joined();
    base = baseUrlOf(app);
    document = (await (await fetch(`${base}/docs-json`)).json()) as OpenApiDocument;

    // The state to fuzz against, made through the API: accepted complaints (each opens its QA
    // case by itself), a feedback-form case, and a CAPA on it.
    const api = apiClient(base, EVERYONE);
    const complaints = [];
    for (const serialNumber of ['SN-FUZZ-1', 'SN-FUZZ-2']) {
      complaints.push((await ok(api.POST('/api/v1/complaints', { body: registration({ product: { model: 'PX-FUZZ', serialNumber } }) }))).complaintId);
    }
    const fromComplaints = complaints.map((id) => caseIdForComplaint(TENANT, id));
    for (const caseId of fromComplaints) {
      await eventually(async () => (await api.GET('/api/v1/qa/cases/{id}', { params: { path: { id: caseId } } })).response.ok, `the QA case ${caseId}`);
    }
    const form = await ok(
      api.POST('/api/v1/qa/cases', {
        body: { region: 'cn-east', receivedAt: '2026-03-04T09:00:00+08:00', severity: 'severe', customerId: 'C-FUZZ', product: { model: 'VX-FUZZ' }, category: 'performance', defectNature: 'leak', defectiveQuantity: 1 },
      }),
    );
    const capa = await ok(
      api.POST('/api/v1/qa/capas', {
        body: { caseId: form.caseId, department: 'engineering', ownerId: 'eng-1', dueOn: '2026-03-20', correctiveAction: 'Fix the seal', preventiveAction: 'Check seals at QC' },
      }),
    );
    // Dispatch: a qualified technician, an outlet, and work orders created, assigned, given to
    // the outlet (from a request there) and in a remote attempt, so commands meet their 404s and 409s.
    await ok(api.POST('/api/v1/technicians', { body: { technicianId: 'tech-fuzz', name: 'Tech Fuzz', region: 'cn-east' } }));
    await ok(api.POST('/api/v1/technicians/{technicianId}/qualifications', { params: { path: { technicianId: 'tech-fuzz' } }, body: { productLine: 'PX-FUZZ', certificateNo: 'C-FUZZ', issuedOn: '2026-01-01', expiresOn: '2027-12-31' } }));
    const outlet = await ok(api.POST('/api/v1/outlets', { body: { name: 'Fuzz point', region: 'cn-east', scopes: ['minor_repair'], address: 'Road 1', contactPhone: '0512-1' } }));
    const order = { region: 'cn-east', customer: { customerId: 'C-FUZZ' }, product: { model: 'PX-FUZZ', productLine: 'PX-FUZZ', serialNumber: 'SN-FUZZ-1' }, requestedWork: 'Leak' };
    const workOrders: string[] = [];
    for (let i = 0; i < 3; i++) workOrders.push((await ok(api.POST('/api/v1/work-orders', { body: order }))).workOrderId);
    await ok(api.POST('/api/v1/work-orders/{id}/assignment', { params: { path: { id: workOrders[1] } }, body: { technicianId: 'tech-fuzz', plannedOn: '2026-03-05' } }));
    await ok(api.POST('/api/v1/work-orders/{id}/remote-attempt', { params: { path: { id: workOrders[2] } }, body: { customerAgreedBy: 'Li' } }));
    const atOutlet = await ok(api.POST('/api/v1/outlets/{id}/requests', { params: { path: { id: outlet.outletId } }, body: { customer: order.customer, product: order.product, requestedWork: order.requestedWork, scope: 'minor_repair', cause: 'defect' } }));
    workOrders.push(atOutlet.workOrderId);
    resources = { complaints, cases: [form.caseId, ...fromComplaints], capas: [capa.capaId], workOrders, outlets: [outlet.outletId], technicians: ['tech-fuzz'] };
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.stdout.write(
      `fuzz: ${requests} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}` +
        '\n',
    );
  });

  async function send(request: FuzzRequest): Promise<void> {
    const before = await store().headPosition();
    const response = await fetch(base + request.url, { method: request.method, headers: request.headers, body: request.body });
    const text = await response.text();
    requests += 1;
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const what = `${request.method} ${request.url.slice(0, 200)} (${request.operationId}; ${request.mutation}) → ${response.status} ${text.slice(0, 300)}`;
    if (response.status >= 500) throw new Error(`a 5xx: ${what}`);
    if (response.status < 400) return;
    let body: { code?: unknown; correlationId?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`a 4xx without a JSON error body: ${what}`);
    }
    if (typeof body.code !== 'string' || !ERROR_CODE.test(body.code)) throw new Error(`a 4xx without a stable error code: ${what}`);
    if (body.correlationId !== request.headers['x-correlation-id']) throw new Error(`a 4xx without the request's correlation id: ${what}`);
    if (response.headers.get('x-correlation-id') !== request.headers['x-correlation-id']) throw new Error(`a 4xx without the X-Correlation-Id header: ${what}`);
    // A refused request records nothing: no event (of any stream, idempotency records included) carries its correlation id.
    const recorded = (await store().readAll({ after: before })).filter((e) => e.correlationId === request.headers['x-correlation-id']);
    if (recorded.length > 0) throw new Error(`a refused request recorded ${recorded.map((e) => e.type).join(', ')}: ${what}`);
  }

  it('never answers 5xx; every 4xx has a stable code and the correlation id, and records nothing', async () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(30);
    await fc.assert(
      fc.asyncProperty(requestArbitrary(document, operations, resources, EVERYONE), async (request) => send(request)),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, Math.max(60_000, RUNS * 400));
});
