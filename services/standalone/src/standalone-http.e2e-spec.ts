import { Body, Controller, Get, HttpCode, Inject, INestApplication, Injectable, Module, OnModuleInit, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Type } from 'class-transformer';
import { IsInt, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  CLOCK,
  Clock,
  DOCUMENT_STORE,
  Decider,
  DeciderCommandHandler,
  DocumentStore,
  DomainEvent,
  EVENT_STORE,
  EventEnvelope,
  EventStore,
  InvalidStateError,
  NotFoundError,
  Projection,
  TenantDocument,
  TenantScopedReader,
  deterministicUuid,
  newEventId,
} from '@aftersales/eventsourcing';
import {
  ApiError,
  AuthUser,
  CurrentUser,
  IdempotencyKey,
  ProjectionHost,
  Roles,
  RouteRolesAudit,
  configureApp,
  signToken,
  uuidParam,
} from '@aftersales/platform';
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

type ThingState = { status: 'none' } | { status: 'registered'; name: string };
type ThingCommand = { type: 'Register'; name: string; quantity: number } | { type: 'Rename'; name: string };
type ThingEvent = DomainEvent<'test.ThingRegistered', { name: string; quantity: number }> | DomainEvent<'test.ThingRenamed', { name: string }>;

const thingDecider: Decider<ThingCommand, ThingEvent, ThingState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    if (command.type === 'Register') {
      if (state.status !== 'none') throw new InvalidStateError('TEST.THING_EXISTS', 'already registered');
      return [{ type: 'test.ThingRegistered', data: { name: command.name, quantity: command.quantity } }];
    }
    if (state.status === 'none') throw new NotFoundError('TEST.THING_NOT_FOUND', 'no such thing');
    return [{ type: 'test.ThingRenamed', data: { name: command.name } }];
  },
  evolve(state, event) {
    return event.type === 'test.ThingRegistered' || state.status === 'registered' ? { status: 'registered', name: event.data.name } : state;
  },
};

class RenameThing {
  @IsString()
  @MaxLength(20)
  name!: string;
}

interface ThingRow extends TenantDocument {
  readonly name: string;
}

/**
 * A test-only context, shaped as real ones will be: a decider behind the command handler, ids
 * derived from the Idempotency-Key, reads through a tenant scope, a projection for the list.
 */
@Controller('things')
class ThingsController {
  private readonly handler: DeciderCommandHandler<ThingCommand, ThingEvent, ThingState>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {
    this.handler = new DeciderCommandHandler(store, thingDecider);
  }

  private metadata(user: AuthUser) {
    return { tenantId: user.tenantId, region: 'cn-east', actor: { id: user.id, role: user.roles[0] }, correlationId: 'c' };
  }

  @Post()
  @Roles('customer_service')
  async register(
    @CurrentUser() user: AuthUser,
    @Body() body: RegisterThing,
    @IdempotencyKey() key: string | undefined,
  ): Promise<{ id: string; name: string; revision: bigint | null }> {
    const id = key ? deterministicUuid(user.tenantId, user.id, key, 'thing') : newEventId();
    const result = await this.handler.handle({
      stream: `test.thing-${id}`,
      command: { type: 'Register', name: body.name, quantity: body.quantity },
      metadata: this.metadata(user),
      now: this.clock.now(),
    });
    return { id, name: body.name, revision: result.revision };
  }

  @Post(':id/rename')
  @HttpCode(200)
  @Roles('customer_service')
  async rename(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: RenameThing): Promise<{ revision: bigint | null }> {
    const result = await this.handler.handle({
      stream: `test.thing-${id}`,
      command: { type: 'Rename', name: body.name },
      metadata: this.metadata(user),
      now: this.clock.now(),
    });
    return { revision: result.revision };
  }

  @Get()
  @Roles('customer_service', 'auditor')
  async list(@CurrentUser() user: AuthUser): Promise<ThingRow[]> {
    return new TenantScopedReader(this.documents.collection<ThingRow>('things'), user.tenantId).find({}, { sort: { name: 1 } });
  }

  @Get(':id')
  @Roles('customer_service', 'auditor')
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<ThingRow> {
    const thing = await new TenantScopedReader(this.documents.collection<ThingRow>('things'), user.tenantId).get(`test.thing-${id}`);
    if (!thing) throw ApiError.notFound('TEST.THING_NOT_FOUND', `no thing ${id}`);
    return thing;
  }
}

/** The read model the list serves: fed by the projection host, idempotent by position. */
@Injectable()
class ThingsProjection implements Projection, OnModuleInit {
  readonly name = 'test-things';
  readonly version = 1;
  readonly handles = ['test.ThingRegistered', 'test.ThingRenamed'];
  readonly streamPrefixes = ['test.thing-'];

  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly host: ProjectionHost,
  ) {}

  onModuleInit(): void {
    this.host.register(this);
  }

  async handle(events: readonly EventEnvelope[]): Promise<void> {
    const things = this.documents.collection<ThingRow>('things');
    for (const e of events) {
      const data = e.data as { name: string };
      if (e.type === 'test.ThingRegistered') await things.upsert({ _id: e.stream, tenantId: e.tenantId, name: data.name }, e.position);
      else await things.patch(e.stream, { $set: { name: data.name } }, e.position);
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
    await request(app.getHttpServer()).get('/health/ready').expect(200, { status: 'ready', checks: { eventStore: 'up', projections: 'up', consumers: 'up' } });
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

  it('runs a key once when requests with it arrive together: the others replay or are told it is in progress', async () => {
    const before = await things();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'], 'burst')).set('idempotency-key', 'burst-1').send(valid),
      ),
    );
    expect(await things()).toBe(before + 1);
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    for (const r of responses.filter((r) => r.status !== 201)) expect([r.status, r.body.code]).toEqual([409, 'IDEMPOTENCY.IN_PROGRESS']);
  });

  it('keeps idempotency keys per caller: tenant and user', async () => {
    const as = (tenant: string, subject: string) =>
      request(app.getHttpServer())
        .post('/api/v1/things')
        .set('authorization', `Bearer ${signToken(SECRET, { subject, roles: ['customer_service'], tenantId: tenant })}`)
        .set('idempotency-key', 'shared')
        .send(valid)
        .expect(201);
    const ids = [(await as('t1', 'u-1')).body.id, (await as('t2', 'u-1')).body.id, (await as('t1', 'u-2')).body.id];
    expect(new Set(ids).size).toBe(3);
  });

  it('does not record a rejected request under its key, so a corrected retry is accepted', async () => {
    const send = (body: object) =>
      request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'])).set('idempotency-key', 'key-2').send(body);
    await send({ ...valid, quantity: -1 }).expect(400);
    await send(valid).expect(201);
  });

  it("hides another tenant's things as not found, for reads and for commands", async () => {
    const created = await request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'], 't1')).send(valid).expect(201);
    const id = created.body.id as string;
    const mine = async () => request(app.getHttpServer()).get(`/api/v1/things/${id}`).set('authorization', token(['auditor'], 't1'));
    const deadline = Date.now() + 10_000;
    while ((await mine()).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect((await mine()).status).toBe(200);

    await request(app.getHttpServer()).get(`/api/v1/things/${id.toUpperCase()}`).set('authorization', token(['auditor'], 't1')).expect(200);
    const read = await request(app.getHttpServer()).get(`/api/v1/things/${id}`).set('authorization', token(['auditor'], 't2')).expect(404);
    expect(read.body.code).toBe('TEST.THING_NOT_FOUND');
    const before = await things();
    const command = await request(app.getHttpServer())
      .post(`/api/v1/things/${id}/rename`)
      .set('authorization', token(['customer_service'], 't2'))
      .send({ name: 'stolen' })
      .expect(404);
    expect(command.body.code).toBe('STREAM.NOT_FOUND');
    expect(await things()).toBe(before);
    await request(app.getHttpServer()).post(`/api/v1/things/${id}/rename`).set('authorization', token(['customer_service'], 't1')).send({ name: 'kept' }).expect(200);
  });

  it('names a malformed id as the offending field', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/things/not-a-uuid').set('authorization', token(['auditor'])).expect(400);
    expect(res.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', fieldErrors: [{ field: 'id', code: 'isUuid' }] });
  });

  it('answers what body-parser refuses with a 4xx and a code, never a 500', async () => {
    const post = () => request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service']));
    const tooLarge = await post().set('content-type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(2_000_000) }));
    expect([tooLarge.status, tooLarge.body.code]).toEqual([413, 'REQUEST.TOO_LARGE']);
    const charset = await post().set('content-type', 'application/json; charset=latin-99').send('{}');
    expect([charset.status, charset.body.code]).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
    const encoding = await post().set('content-type', 'application/json').set('content-encoding', 'br2').send('{}');
    expect([encoding.status, encoding.body.code]).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
    const gzip = await post().set('content-type', 'application/json').set('content-encoding', 'gzip').send('{"not":"gzip"}');
    expect([gzip.status, gzip.body.code]).toEqual([400, 'REQUEST.BAD']);
    expect(gzip.body.correlationId).toBeTruthy();
  });

  it('records bigints in idempotent responses as strings, and a retry after a lost record meets the first attempt', async () => {
    const send = (key: string) =>
      request(app.getHttpServer()).post('/api/v1/things').set('authorization', token(['customer_service'], 'idem')).set('idempotency-key', key).send(valid);
    const first = await send('bigint-1').expect(201);
    expect(first.body.revision).toBe('0');
    const replay = await send('bigint-1').expect(201);
    expect(replay.body).toEqual(first.body);

    // Simulate a crash between the handler's append and the response record: the record is gone,
    // but the id derived from the key leads the retry to the stream the first attempt created.
    const id = deterministicUuid('idem', 'u-1', 'lost-record', 'thing');
    await store.append(`test.thing-${id}`, [{ type: 'test.ThingRegistered', occurredAt: '2026-01-01T00:00:00.000Z', tenantId: 'idem', region: 'cn-east', actor: { id: 'u-1', role: 'customer_service' }, correlationId: 'c', data: { name: 'pump', quantity: 2 } }], { expectedRevision: 'no_stream' });
    const before = await things();
    const retry = await send('lost-record').expect(409);
    expect(retry.body.code).toBe('TEST.THING_EXISTS');
    expect(await things()).toBe(before);
  });

  it('refuses unknown fields on a command without input', async () => {
    const probe = () => request(app.getHttpServer()).post('/api/v1/platform/write-probes').set('authorization', token(['admin']));
    const res = await probe().send({ surprise: 1 }).expect(400);
    expect(res.body.fieldErrors).toEqual([expect.objectContaining({ field: 'surprise', code: 'unknown_field' })]);
    await probe().expect(201);
    await probe().send({}).expect(201);
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
    while (names.length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
      names = await listed();
    }
    expect(names).toEqual(['motor', 'valve']);
  });

  it('declares roles on every endpoint', () => {
    expect(app.get(RouteRolesAudit).undeclaredRoutes()).toEqual([]);
  });
});
