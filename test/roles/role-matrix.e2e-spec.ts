import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGE_BUS, ManualClock, MessageBus } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { ReturnGoodsReceivedV1, WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX, WAREHOUSE_RETURNS_TOPIC, WarehouseReturnsIntegrationEventTypes } from '@aftersales/contracts';
import { caseIdForComplaint, inspectionIdForReturn } from '@aftersales/qa-domain';
import { ConsumerHost, ProjectionHost, ROLES, Role, buildOpenApiDocument, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { APP_VERSION, createStandaloneApp } from '../../services/standalone/src/app';
import { registration } from '../../services/standalone/src/testing/complaint-body';
import { apiClient, baseUrlOf, ok } from '../../services/standalone/src/testing/client/client';
import { MatrixDocument, MatrixOperation, accessOf, buildRoleMatrix, renderRoleMatrix } from '../../tools/roles/roles-matrix';

/**
 * One role × operation matrix (issue 18), taken from the route metadata: every operation the app
 * serves (a context added later joins by its @Roles) is called with a token of each role alone,
 * and the answer checked against docs/roles.md: 403 AUTH.FORBIDDEN where it says no, never a 401
 * or 403 where it says yes, never a 5xx. Another tenant's records answer 404 and are in no list;
 * a role that reaches only its own records gets 404 for one not its own.
 */
const SECRET = 'm'.repeat(40);
const TENANT = 'acme';
const OTHER_TENANT = 'globex';
const ROOT = join(__dirname, '..', '..');
const bearer = (roles: readonly Role[], subject: string, tenantId = TENANT) => `Bearer ${signToken(SECRET, { subject, roles, tenantId })}`;
const EVERY_ROLE = bearer(ROLES, 'seed-1');

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs `work` over `items`, `width` at a time. */
async function inBatches<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

describe('roles × operations (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  let base: string;
  let operations: MatrixOperation[];
  let seeded: { complaint: string; case: string; capa: string; inspection: string; workOrder: string };
  /** The record of tenant acme an operation's `{id}` names, by its path; a fresh id where none was made. */
  let recordFor: (path: string) => string | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-roles-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp(
      { DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' },
      { clock: new ManualClock('2026-03-05T03:00:00.000Z') },
    ));
    await app.listen(0, '127.0.0.1');
    await app.get(ProjectionHost).caughtUp();
    await app.get(ConsumerHost).joined();
    base = baseUrlOf(app);
    // As `npm run roles` builds it (tools/openapi/document.ts).
    const document = buildOpenApiDocument(app, { title: 'aftersales (standalone)', version: APP_VERSION });
    operations = buildRoleMatrix(document as unknown as MatrixDocument);

    // Records of tenant acme, made through the API: a complaint (which opens its QA case), a CAPA on that case.
    const api = apiClient(base, EVERY_ROLE);
    const complaint = (await ok(api.POST('/api/v1/complaints', { body: registration({ product: { model: 'PX-ROLES', serialNumber: 'SN-ROLES-1' } }) }))).complaintId;
    const caseId = caseIdForComplaint(TENANT, complaint);
    await eventually(async () => (await api.GET('/api/v1/qa/cases/{id}', { params: { path: { id: caseId } } })).response.ok, `the QA case ${caseId}`);
    const capa = await ok(
      api.POST('/api/v1/qa/capas', {
        body: { caseId, department: 'engineering', ownerId: 'eng-1', dueOn: '2026-03-20', correctiveAction: 'Fix the seal', preventiveAction: 'Check seals at QC' },
      }),
    );
    // An inspection of returned goods (QA-6), opened by warehouse-returns' receipt as its relay publishes it.
    const returnRequestId = randomUUID();
    const received: ReturnGoodsReceivedV1 = {
      returnRequestId,
      customerId: 'C-ROLES',
      reason: 'quality',
      caseId,
      lines: [{ lineId: 'L1', sku: 'PX-ROLES', serialNumberAuthorised: 'SN-ROLES-1', serialNumberReceived: 'SN-ROLES-1', quantityReceived: 1 }],
      receivedAt: '2026-03-05T03:00:00.000Z',
    };
    const receipt = anEnvelope({ type: WarehouseReturnsIntegrationEventTypes.ReturnGoodsReceived, stream: `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${returnRequestId}`, tenantId: TENANT, region: 'cn-east', data: received });
    await app.get<MessageBus>(MESSAGE_BUS).publish(WAREHOUSE_RETURNS_TOPIC, [{ key: receipt.stream, event: receipt }]);
    const inspection = inspectionIdForReturn(TENANT, returnRequestId);
    await eventually(async () => (await api.GET('/api/v1/qa/inspections/{id}', { params: { path: { id: inspection } } })).response.ok, `the inspection ${inspection}`);
    // A work order taken by phone (DI-1), given to no outlet: an outlet's staff (own records only) do not reach it.
    const workOrder = (
      await ok(api.POST('/api/v1/work-orders', { body: { region: 'cn-east', customer: { customerId: 'C-ROLES' }, product: { model: 'PX-ROLES', productLine: 'PX-ROLES' }, requestedWork: 'Seal leak' } }))
    ).workOrderId;
    seeded = { complaint, case: caseId, capa: capa.capaId, inspection, workOrder };
    const byPath: [RegExp, string][] = [
      [/^\/api\/v1\/complaints\/\{id\}/, complaint],
      [/^\/api\/v1\/qa\/cases\/\{id\}/, caseId],
      [/^\/api\/v1\/qa\/capas\/\{id\}/, capa.capaId],
      [/^\/api\/v1\/qa\/inspections\/\{id\}/, inspection],
      [/^\/api\/v1\/work-orders\/\{id\}/, workOrder],
    ];
    recordFor = (path) => byPath.find(([pattern]) => pattern.test(path))?.[1];
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** The operation's URL: `{id}` a record of acme where one was made (else a fresh id), other path parameters a name no resource has. */
  const urlOf = (operation: MatrixOperation, id = recordFor(operation.path) ?? randomUUID()) =>
    base + operation.pathParameters.reduce((path, name) => path.replace(`{${name}}`, name === 'id' ? id : 'no-such-name'), operation.path);

  async function call(operation: MatrixOperation, authorization: string | null, url = urlOf(operation)): Promise<{ status: number; code?: string; allowedRoles?: unknown; text: string }> {
    const response = await fetch(url, {
      method: operation.method,
      headers: { ...(authorization ? { authorization } : {}), ...(operation.method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      body: operation.method === 'GET' ? undefined : '{}',
    });
    const text = await response.text();
    let body: { code?: string; details?: { allowedRoles?: unknown } } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = {};
    }
    return { status: response.status, code: body.code, allowedRoles: body.details?.allowedRoles, text };
  }

  it('docs/roles.md is what `npm run roles` generates from the route metadata now', () => {
    expect(readFileSync(join(ROOT, 'docs', 'roles.md'), 'utf8') === renderRoleMatrix(operations) ? 'current' : 'docs/roles.md is stale: run npm run roles').toBe('current');
    // Every context's operations are in it (a context added later joins by its route metadata).
    expect([...new Set(operations.map((o) => o.tag))]).toEqual(expect.arrayContaining(['intake', 'qa', 'auth']));
    expect(operations.filter((o) => !o.public).length).toBeGreaterThan(40);
  });

  it("another tenant's records answer 404 to every role, and appear in no list", async () => {
    const stranger = bearer(ROLES, 'stranger-1', OTHER_TENANT);
    const wrong: string[] = [];
    await inBatches(
      operations.filter((o) => !o.public),
      8,
      async (operation) => {
        const record = recordFor(operation.path);
        const answer = await call(operation, stranger);
        const what = `${operation.method} ${operation.path} → ${answer.status} ${answer.text.slice(0, 200)}`;
        if (answer.status >= 500) wrong.push(`a 5xx: ${what}`);
        if (record && operation.method === 'GET' && answer.status !== 404) wrong.push(`not 404 for another tenant's record: ${what}`);
        if (record && answer.status < 300) wrong.push(`a 2xx on another tenant's record: ${what}`);
        if (answer.status < 300 && Object.values(seeded).some((id) => answer.text.includes(id))) wrong.push(`another tenant's record shown: ${what}`);
      },
    );
    expect(wrong).toEqual([]);
  });

  it('a role that reaches only its own records gets 404 for a record not its own, and does not see it listed', async () => {
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const operation of operations.filter((o) => o.ownRecords.length > 0 && o.method === 'GET')) {
      for (const role of operation.ownRecords) {
        const answer = await call(operation, bearer([role], `matrix-${role}`));
        const what = `${role} ${operation.method} ${operation.path} → ${answer.status} ${answer.text.slice(0, 200)}`;
        if (recordFor(operation.path) && answer.status !== 404) wrong.push(`not 404: ${what}`);
        if (answer.status < 300 && Object.values(seeded).some((id) => answer.text.includes(id))) wrong.push(`a record not its own shown: ${what}`);
        checked.push(what);
      }
      // A role reading every record of the tenant gets the same record.
      const everyRecord = operation.roles.find((r) => !operation.ownRecords.includes(r)) as Role;
      const full = await call(operation, bearer([everyRecord], `matrix-${everyRecord}`));
      if (full.status !== 200) wrong.push(`${everyRecord} ${operation.method} ${operation.path} → ${full.status}, not 200`);
    }
    expect(wrong).toEqual([]);
    expect(checked.length).toBeGreaterThan(0);
  });

  /*
   * Denied: the guard's 403, naming the operation's roles (details.allowedRoles) as the matrix does.
   * Allowed: never a 401, never the guard's 403; a role on its own records only may meet a context's
   * own narrower rule (a salesperson lists the CAPAs of one case they may read: 403 without caseId).
   */
  it('calls every operation with every role: 403 AUTH.FORBIDDEN where the matrix denies, no refusal where it allows, never a 5xx', async () => {
    const calls = operations.flatMap((operation): { operation: MatrixOperation; role: Role | null }[] =>
      operation.public ? [{ operation, role: null }] : ROLES.map((role) => ({ operation, role })),
    );
    const wrong: string[] = [];
    await inBatches(calls, 8, async ({ operation, role }) => {
      const answer = await call(operation, role === null ? null : bearer([role], `matrix-${role}`));
      const access = role === null ? 'public' : accessOf(operation, role);
      const what = `${role ?? 'anonymous'} ${operation.method} ${operation.path} (${access}) → ${answer.status} ${answer.text.slice(0, 160)}`;
      const byTheGuard = answer.status === 403 && answer.code === 'AUTH.FORBIDDEN' && answer.allowedRoles !== undefined;
      if (answer.status >= 500) wrong.push(`a 5xx: ${what}`);
      else if (access === 'denied' && !(byTheGuard && JSON.stringify(answer.allowedRoles) === JSON.stringify(operation.roles))) wrong.push(`not refused as the matrix says: ${what}`);
      else if (access !== 'denied' && (answer.status === 401 || byTheGuard)) wrong.push(`refused though allowed: ${what}`);
      else if (access === 'allowed' && answer.status === 403) wrong.push(`refused by a rule though allowed on every record: ${what}`);
    });
    expect(wrong).toEqual([]);
    expect(calls.length).toBeGreaterThan(40 * ROLES.length);
  }, 120_000);
});
