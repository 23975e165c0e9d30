import { INestApplication, Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jwt from 'jsonwebtoken';
import request from 'supertest';
import { EVENT_STORE, EventStore, ManualClock } from '@aftersales/eventsourcing';
import { MAX_JSON_DEPTH, ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { complaintBody } from './testing/complaint-body';

/**
 * Request hardening at the platform edge, over HTTP on the whole standalone (intake and QA): what a
 * client can send never answers 500, every refusal has a stable code, a correlation id and a log line.
 */
const SECRET = 'h'.repeat(40);
const token = (roles: string[], subject = 'u-1') => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: 'acme' })}`;
const CS = token(['customer_service'], 'cs-1');
const QA = token(['qa'], 'qa-1');

const feedbackForm = (overrides: Record<string, unknown> = {}) => ({
  region: 'cn-east',
  receivedAt: '2026-03-03T09:00:00+08:00',
  severity: 'minor',
  customerId: 'C-20001',
  customerName: '华北重工',
  product: { model: 'VX-10', serialNumber: 'VX-0001' },
  category: 'performance',
  defectNature: 'pressure drop',
  defectiveQuantity: 3,
  formRef: 'QF-HARD-1',
  ...overrides,
});

describe('request hardening (standalone over HTTP)', () => {
  let app: INestApplication;
  let dataDir: string;
  const duplicateWarnings: string[] = [];
  const http = () => request(app.getHttpServer());
  // What requests record: the process managers' own appends (actor role system, e.g. QA opening a
  // case for an earlier test's complaint) come asynchronously and would make the count flaky.
  const events = async () =>
    (await app.get<EventStore>(EVENT_STORE).readAll({ streamPrefixes: ['intake.', 'qa.'] })).filter((e) => e.actor.role !== 'system').length;
  const register = (body: unknown) => http().post('/api/v1/complaints').set('authorization', CS).send(body as object);
  const rawPost = (path: string, body: string, contentType?: string) => {
    const req = http().post(path).set('authorization', CS);
    if (contentType) req.set('content-type', contentType);
    return req.send(body);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-hardening-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    // The OpenAPI document is built while the app is configured; Nest warns there of a duplicate DTO name.
    const warn = jest.spyOn(Logger, 'warn').mockImplementation((message: unknown) => {
      if (typeof message === 'string' && message.includes('Duplicate DTO')) duplicateWarnings.push(message);
    });
    try {
      ({ app } = await createStandaloneApp(
        { DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent' },
        { clock: new ManualClock('2026-03-03T03:00:00.000Z') },
      ));
    } finally {
      warn.mockRestore();
    }
    await app.init();
    await app.get(ProjectionHost).caughtUp();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('text no store can keep (U+0000, unpaired surrogates)', () => {
    it.each([
      ['a NUL in a top-level field', { description: 'a\u0000b' }, 'description'],
      ['a lone high surrogate in a nested field', { customer: { id: 'C-1', name: '\ud800', tier: 'standard' } }, 'customer.name'],
      ['a lone low surrogate in an array', { defect: { location: 'panel', nature: 'scratch', firstSeenOn: '2026-03-02', attachments: ['ok', 'x\udc00'] } }, 'defect.attachments.1'],
    ])('refuses %s as 400 naming the field, and records nothing', async (_what, override, field) => {
      const before = await events();
      const res = await register(complaintBody(override)).expect(400);
      expect(res.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', fieldErrors: [{ field, code: 'unsafe_text', message: expect.any(String) }] });
      expect(await events()).toBe(before);
    });

    it('accepts a well-formed astral character (a surrogate pair) in the same field', async () => {
      await register(complaintBody({ description: 'crack 🙂 on the panel' })).expect(201);
    });

    it('refuses it in QA bodies too (one rule for every context)', async () => {
      const res = await http().post('/api/v1/qa/cases').set('authorization', QA).send(feedbackForm({ defectNature: 'drop\u0000' })).expect(400);
      expect(res.body.fieldErrors).toEqual([expect.objectContaining({ field: 'defectNature', code: 'unsafe_text' })]);
    });

    it('refuses it in a query and a path parameter', async () => {
      const query = await http().get('/api/v1/complaints?status=%00').set('authorization', CS).expect(400);
      expect(query.body.fieldErrors).toEqual([expect.objectContaining({ field: 'status', code: 'unsafe_text' })]);
      const param = await http().get('/api/v1/complaints/%00').set('authorization', CS).expect(400);
      expect(param.body.fieldErrors).toEqual([expect.objectContaining({ field: 'id', code: 'unsafe_text' })]);
    });

    it('refuses a key with a NUL without echoing it raw', async () => {
      const res = await rawPost('/api/v1/complaints', '{"a\\u0000":1}', 'application/json').expect(400);
      expect(res.body.fieldErrors).toEqual([expect.objectContaining({ field: '"a\\u0000"', code: 'unsafe_text' })]);
    });

    it('keeps header values that reach events harmless: Idempotency-Key, Accept-Language, X-Correlation-Id', async () => {
      const key = await register(complaintBody()).set('idempotency-key', 'schlüssel').expect(400);
      expect(key.body.code).toBe('IDEMPOTENCY.KEY_INVALID');
      const odd = await register(complaintBody({ product: { model: 'PX-HDR', serialNumber: 'SN-HDR-1' } }))
        .set('accept-language', 'zh-CN;q=abc, ÿÿ')
        .set('x-correlation-id', 'not safe ÿ')
        .expect(201);
      expect(odd.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('nesting depth', () => {
    it(`refuses a body nested deeper than ${MAX_JSON_DEPTH} levels with 400 REQUEST.TOO_DEEP, before any handler`, async () => {
      const before = await events();
      const deep = '['.repeat(1_700) + ']'.repeat(1_700);
      const res = await rawPost('/api/v1/complaints', deep, 'application/json').set('idempotency-key', 'deep-1').expect(400);
      expect(res.body).toMatchObject({ code: 'REQUEST.TOO_DEEP', correlationId: expect.any(String) });
      const inField = await register(complaintBody({ description: JSON.parse('['.repeat(40) + ']'.repeat(40)) })).expect(400);
      expect(inField.body.code).toBe('REQUEST.TOO_DEEP');
      expect(await events()).toBe(before);
    });

    it(`lets a body nested exactly ${MAX_JSON_DEPTH} levels through to validation`, async () => {
      const nested = JSON.parse('['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1));
      const res = await register(complaintBody({ description: nested })).expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    });
  });

  describe('prototype keys', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('refuses %s as an unknown field, top-level and nested', async (key) => {
      const before = await events();
      const body = JSON.stringify(complaintBody()).replace(/^\{/, `{"${key}":{"x":1},`).replace('"customer":{', `"customer":{"${key}":1,`);
      const res = await rawPost('/api/v1/complaints', body, 'application/json').expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(res.body.fieldErrors).toEqual(
        expect.arrayContaining([
          { field: key, code: 'unknown_field', message: `property ${key} should not exist` },
          { field: `customer.${key}`, code: 'unknown_field', message: `property ${key} should not exist` },
        ]),
      );
      expect(await events()).toBe(before);
    });
  });

  describe('media type', () => {
    const json = JSON.stringify(complaintBody({ product: { model: 'PX-MT', serialNumber: 'SN-MT-1' } }));
    it.each([
      ['text/plain', 'text/plain'],
      ['multipart/form-data', 'multipart/form-data; boundary=x'],
      ['form-urlencoded', 'application/x-www-form-urlencoded'],
    ])('answers a JSON body sent as %s with 415 REQUEST.UNSUPPORTED_MEDIA_TYPE', async (_what, type) => {
      const res = await rawPost('/api/v1/complaints', json, type).expect(415);
      expect(res.body).toMatchObject({ code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE', correlationId: expect.any(String) });
    });

    it('answers a body without a content type with 415', async () => {
      const res = await http()
        .post('/api/v1/complaints')
        .set('authorization', CS)
        .serialize((body: unknown) => body as string)
        .send(json)
        .unset('content-type')
        .expect(415);
      expect(res.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    });

    it('accepts application/json with a charset, and a command without input needs no body or type', async () => {
      const created = await rawPost('/api/v1/complaints', json, 'application/json; charset=utf-8').expect(201);
      await http().post(`/api/v1/complaints/${created.body.complaintId}/acknowledge`).set('authorization', CS).expect(200);
    });
  });

  describe('refusals made while reading the request', () => {
    const refusals: Array<Record<string, unknown>> = [];
    let warn: jest.SpyInstance;
    beforeEach(() => {
      refusals.length = 0;
      warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((entry: unknown) => {
        if (entry && typeof entry === 'object') refusals.push(entry as Record<string, unknown>);
      });
    });
    afterEach(() => warn.mockRestore());

    it.each([
      ['malformed JSON', () => rawPost('/api/v1/complaints', '{"channel":', 'application/json'), 400, 'REQUEST.MALFORMED_JSON'],
      ['a body over the limit', () => rawPost('/api/v1/complaints', JSON.stringify({ description: 'x'.repeat(200_000) }), 'application/json'), 413, 'REQUEST.TOO_LARGE'],
      ['a non-JSON media type', () => rawPost('/api/v1/complaints', '{}', 'text/plain'), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
      ['an unknown Content-Encoding', () => rawPost('/api/v1/complaints', '{}', 'application/json').set('content-encoding', 'br2'), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
      ['bad percent-encoding in the URL', () => http().get('/api/v1/complaints/%E0%A4%A').set('authorization', CS), 400, 'REQUEST.BAD_URL'],
    ])('%s: the standard error body, the X-Correlation-Id header and one log line', async (_what, send, status, code) => {
      const res = await send().set('x-correlation-id', 'corr-reading-1').expect(status);
      expect(res.headers['x-correlation-id']).toBe('corr-reading-1');
      expect(res.body).toEqual({ code, message: expect.any(String), correlationId: 'corr-reading-1' });
      expect(refusals).toEqual([expect.objectContaining({ correlationId: 'corr-reading-1', status, code })]);
    });

    it("what Node's HTTP parser refuses (a control character in a header) gets the error body, a correlation id and a log line", async () => {
      const server = app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
        socket.write('GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Odd: a\u0001b\r\n\r\n');
      });
      const [head, body] = raw.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      const correlationId = /x-correlation-id: (\S+)/i.exec(head)?.[1];
      expect(JSON.parse(body)).toEqual({ code: 'REQUEST.BAD', message: expect.any(String), correlationId });
      expect(refusals).toEqual([expect.objectContaining({ correlationId, status: 400, code: 'REQUEST.BAD' })]);
    });

    it('a refusal seen by the request logger is not logged twice', async () => {
      await register({}).set('x-correlation-id', 'corr-reading-2').expect(400);
      expect(refusals).toEqual([]);
    });
  });

  describe('token lifetime', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const signed = (times: Record<string, number>) =>
      `Bearer ${jwt.sign(JSON.stringify({ sub: 'cs-1', iss: 'aftersales', roles: ['customer_service'], tenant: 'acme', ...times }), SECRET)}`;
    it.each([
      ['exp: 1e300', { iat: now(), exp: 1e300 }, 'AUTH.TOKEN_INVALID'],
      ['48 h', { iat: now(), exp: now() + 48 * 3600 }, 'AUTH.TOKEN_LIFETIME_TOO_LONG'],
      ['48 h without iat', { exp: now() + 48 * 3600 }, 'AUTH.TOKEN_LIFETIME_TOO_LONG'],
      ['issued an hour from now', { iat: now() + 3600, exp: now() + 7200 }, 'AUTH.TOKEN_INVALID'],
    ])('refuses a token living too long or absurdly (%s) with 401 and a code', async (_what, times, code) => {
      const res = await http().get('/api/v1/me').set('authorization', signed(times)).expect(401);
      expect(res.body.code).toBe(code);
    });

    it('accepts one within the default cap of 24 h', async () => {
      await http().get('/api/v1/me').set('authorization', signed({ iat: now(), exp: now() + 24 * 3600 })).expect(200);
    });
  });

  describe('validation messages', () => {
    it('reports one message per missing or malformed field', async () => {
      const missing = await register(complaintBody({ description: undefined, customer: { id: 'C-1', tier: 'standard' } })).expect(400);
      expect(missing.body.fieldErrors.filter((e: { field: string }) => e.field === 'customer.name')).toEqual([
        { field: 'customer.name', code: 'isString', message: expect.stringContaining('must be a string') },
      ]);
      const page = await http().get('/api/v1/complaints?page=abc').set('authorization', CS).expect(400);
      expect(page.body.fieldErrors).toEqual([{ field: 'page', code: 'isInt', message: expect.any(String) }]);
      const qaPage = await http().get('/api/v1/qa/cases?pageSize=0').set('authorization', QA).expect(400);
      expect(qaPage.body.fieldErrors).toEqual([{ field: 'pageSize', code: 'min', message: expect.any(String) }]);
    });
  });

  describe('OpenAPI schema names', () => {
    it('gives every DTO its own schema: no duplicate-name warning, and withdraw keeps its limit', async () => {
      expect(duplicateWarnings).toEqual([]);
      const doc = (await http().get('/docs-json').expect(200)).body;
      const ref = doc.paths['/api/v1/complaints/{id}/withdraw'].post.requestBody.content['application/json'].schema.$ref as string;
      expect(doc.components.schemas[ref.replace('#/components/schemas/', '')].properties.reason).toMatchObject({ maxLength: 2000 });
      const cancel = doc.paths['/api/v1/qa/cases/{id}/cancel'].post.requestBody.content['application/json'].schema.$ref as string;
      expect(cancel).not.toBe(ref);
    });
  });
});
