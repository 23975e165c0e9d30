import { Body, Controller, Get, Inject, INestApplication, Injectable, Module, OnModuleInit, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Type } from 'class-transformer';
import { IsInt, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CLOCK, Clock, DOCUMENT_STORE, DocumentStore, EVENT_STORE, EventEnvelope, EventStore, Projection, newEventId } from '@aftersales/eventsourcing';
import { AuthUser, CurrentUser, ProjectionHost, Roles, RouteRolesAudit, configureApp, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { StandaloneModule } from './standalone.module';

class Product {
  @IsString()
  @MaxLength(20)
  serial!: string;
}

class RegisterThing {
  @IsString()
  @MaxLength(20)
  name!: string;

  @IsInt()
  @Min(1)
  quantity!: number;

  @ValidateNested()
  @Type(() => Product)
  product!: Product;
}

/** A test-only context: one command that appends, to drive the platform's edge behaviour. */
@Controller('things')
class ThingsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  @Post()
  @Roles('customer_service')
  async register(@CurrentUser() user: AuthUser, @Body() body: RegisterThing): Promise<{ id: string; name: string }> {
    const id = newEventId();
    await this.store.append(
      `test.thing-${id}`,
      [
        {
          type: 'test.ThingRegistered',
          occurredAt: this.clock.now().toISOString(),
          tenantId: user.tenantId,
          region: 'cn-east',
          actor: { id: user.id, role: 'customer_service' },
          correlationId: 'c',
          data: { ...body },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    return { id, name: body.name };
  }

  @Get()
  @Roles('customer_service', 'auditor')
  async list(@CurrentUser() user: AuthUser): Promise<unknown[]> {
    return this.documents.collection('things').find({ tenantId: user.tenantId }, { sort: { name: 1 } });
  }
}

/** The read model the list serves: fed by the projection host, idempotent by position. */
@Injectable()
class ThingsProjection implements Projection, OnModuleInit {
  readonly name = 'test-things';
  readonly version = 1;
  readonly handles = ['test.ThingRegistered'];
  readonly streamPrefixes = ['test.thing-'];

  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly host: ProjectionHost,
  ) {}

  onModuleInit(): void {
    this.host.register(this);
  }

  async handle(events: readonly EventEnvelope[]): Promise<void> {
    for (const e of events) {
      const data = e.data as { name: string };
      await this.documents.collection('things').upsert({ _id: e.stream, tenantId: e.tenantId, name: data.name }, e.position);
    }
  }

  async reset(): Promise<void> {
    await this.documents.collection('things').clear();
  }
}

@Module({ controllers: [ThingsController], providers: [ThingsProjection] })
class ThingsModule {}

const SECRET = 's'.repeat(40);
const token = (roles: string[], tenant = 'acme') =>
  `Bearer ${signToken(SECRET, { subject: 'u-1', roles: roles as never, tenantId: tenant })}`;

describe('standalone over HTTP (platform edge)', () => {
  let app: INestApplication;
  let store: EventStore;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-http-'));
    // The standalone keeps PGlite under DATA_DIR/pglite; a template copy spares initdb.
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    app = await NestFactory.create(
      { module: class TestRoot {}, imports: [StandaloneModule.forRoot({ dataDir, jwtSecret: SECRET, logLevel: 'silent' }), ThingsModule] },
      { logger: false },
    );
    configureApp(app, { title: 'test', version: '0' });
    await app.init();
    store = app.get(EVENT_STORE);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const valid = { name: 'pump', quantity: 2, product: { serial: 'SN-1' } };
  const things = async () => (await store.readAll({ streamPrefixes: ['test.thing-'] })).length;

  it('is ready and serves OpenAPI', async () => {
    await request(app.getHttpServer()).get('/health/ready').expect(200, { status: 'ready', checks: { eventStore: 'up', projections: 'up' } });
    const docs = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/me', '/api/v1/things']));
  });

  it('answers 401 with a code for a missing or forged token, 403 for the wrong role', async () => {
    const missing = await request(app.getHttpServer()).post('/api/v1/things').send(valid).expect(401);
    expect(missing.body).toMatchObject({ code: 'AUTH.TOKEN_MISSING' });
    const forged = signToken('f'.repeat(40), { subject: 'u', roles: ['admin'], tenantId: 'acme' });
    await request(app.getHttpServer()).get('/api/v1/me').set('authorization', `Bearer ${forged}`).expect(401);
    const wrongRole = await request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['technician'])).send(valid).expect(403);
    expect(wrongRole.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('refuses bad input field by field, unknown fields included, and records nothing', async () => {
    const before = await things();
    const res = await request(app.getHttpServer())
      .post('/api/v1/things')
      .set('authorization', token(['customer_service']))
      .set('x-correlation-id', 'req-42')
      .send({ name: 'x'.repeat(21), quantity: 0, product: { serial: 5 }, extra: true })
      .expect(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.correlationId).toBe('req-42');
    expect(res.headers['x-correlation-id']).toBe('req-42');
    const fields = (res.body.fieldErrors as { field: string; code: string }[]).map((f) => `${f.field}:${f.code}`);
    expect(fields).toEqual(expect.arrayContaining(['name:maxLength', 'quantity:min', 'product.serial:isString', 'extra:unknown_field']));
    expect(await things()).toBe(before);
  });

  it('answers malformed JSON with 400 and a code, unknown routes with 404 JSON', async () => {
    const bad = await request(app.getHttpServer())
      .post('/api/v1/things')
      .set('authorization', token(['customer_service']))
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(bad.body.code).toBe('REQUEST.MALFORMED_JSON');
    const missing = await request(app.getHttpServer()).get('/api/v1/nowhere').set('authorization', token(['admin'])).expect(404);
    expect(missing.body).toMatchObject({ code: 'HTTP.NOT_FOUND' });
  });

  it('replays the first response for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const before = await things();
    const send = (body: object) =>
      request(app.getHttpServer())
        .post('/api/v1/things')
        .set('authorization', token(['customer_service']))
        .set('idempotency-key', 'key-1')
        .send(body);
    const first = await send(valid).expect(201);
    const second = await send({ product: { serial: 'SN-1' }, quantity: 2, name: 'pump' }).expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await things()).toBe(before + 1);
    const reused = await send({ ...valid, quantity: 3 }).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(await things()).toBe(before + 1);
  });

  it('keeps idempotency keys per tenant', async () => {
    const a = await request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'], 't1')).set('idempotency-key', 'shared').send(valid).expect(201);
    const b = await request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'], 't2')).set('idempotency-key', 'shared').send(valid).expect(201);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('does not record a rejected request under its key, so a corrected retry is accepted', async () => {
    const send = (body: object) =>
      request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'])).set('idempotency-key', 'key-2').send(body);
    await send({ ...valid, quantity: -1 }).expect(400);
    await send(valid).expect(201);
  });

  it('hides another tenant\'s data as not found', async () => {
    const created = await request(app.getHttpServer()).post('/api/v1/platform/write-probes').set('authorization', token(['admin'], 't1')).expect(201);
    await request(app.getHttpServer()).get(`/api/v1/platform/write-probes/${created.body.id}`).set('authorization', token(['admin'], 't1')).expect(200);
    const other = await request(app.getHttpServer()).get(`/api/v1/platform/write-probes/${created.body.id}`).set('authorization', token(['admin'], 't2')).expect(404);
    expect(other.body.code).toBe('PLATFORM.PROBE_NOT_FOUND');
  });

  it('serves read models from projections that follow the log', async () => {
    await request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'], 'proj')).send({ ...valid, name: 'valve' }).expect(201);
    await request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'], 'proj')).send({ ...valid, name: 'motor' }).expect(201);
    const listed = async () =>
      ((await request(app.getHttpServer()).get('/api/v1/things').set('authorization', token(['auditor'], 'proj')).expect(200)).body as {
        name: string;
      }[]).map((t) => t.name);
    // The projection is asynchronous: poll the read model until it shows both (bounded).
    const deadline = Date.now() + 10_000;
    let names = await listed();
    while (names.length < 2 && Date.now() < deadline) names = await listed();
    expect(names).toEqual(['motor', 'valve']);
  });

  it('declares roles on every endpoint', () => {
    expect(app.get(RouteRolesAudit).undeclaredRoutes()).toEqual([]);
  });
});
