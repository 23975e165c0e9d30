import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ManualClock, NewEvent, newEventId } from '@aftersales/eventsourcing';
import { PgPoolSqlClient, PostgresDocumentStore, PostgresStores, openPostgresEventReader, openPostgresEventStore, readOnlyPool } from '@aftersales/adapters-postgres';
import { PG_URL, describeWithPostgresServer, dropSchema } from '@aftersales/adapters-postgres/testing';
import { AuditCheckpoints, AuditLog, AuditSource, EventStoreSource, LogKeyChain, LogVerifier, loadLogKeys, parseSourceStores } from '@aftersales/audit';
import { openAuditSources } from './source-stores';
import { anEvent } from '@aftersales/eventsourcing/testing';

jest.setTimeout(60_000);

/**
 * AU-2 in distributed mode: the audit service's verify reads the other contexts' event stores back,
 * read-only, from AUDIT_SOURCE_STORES, on a real PostgreSQL server. Intake's store is another
 * schema here that only intake's side (the test) writes; QA's store is not configured.
 */
describeWithPostgresServer()('audit verify against the source event stores (AU-2, distributed)', () => {
  const suffix = newEventId().replace(/-/g, '').slice(-12);
  const intakeSchema = `src_intake_${suffix}`;
  const qaSchema = `src_qa_${suffix}`;
  const auditSchema = `src_audit_${suffix}_rm`;
  /** Audit's own event store (its stream of log key rotations, none here). */
  const auditEventsSchema = `src_audit_${suffix}`;
  let auditStore: PostgresStores;
  let chain: LogKeyChain;
  const clock = new ManualClock('2026-03-03T01:00:00.000Z');
  let intake: PostgresStores;
  let qa: PostgresStores;
  let auditClient: PgPoolSqlClient;
  let documents: PostgresDocumentStore;
  let log: AuditLog;
  let checkpoints: AuditCheckpoints;
  let keys: ReturnType<typeof loadLogKeys>;
  let keyDir: string;
  let sql: Client;
  const opened: AuditSource[] = [];

  const event = (i: number): NewEvent => anEvent('test.Happened', { i, note: 'abcdefgh' }, { occurredAt: clock.now().toISOString(), correlationId: `corr-${i}` });

  const intakeSetting = (schema = intakeSchema, url = PG_URL) => JSON.stringify({ intake: { kind: 'postgres', url, schema } });
  const sources = (text: string): AuditSource[] => {
    const made = openAuditSources(parseSourceStores(text));
    opened.push(...made);
    return made;
  };
  const verifierOver = (over: readonly AuditSource[]) => new LogVerifier(log, checkpoints, chain, over);

  beforeAll(async () => {
    intake = await openPostgresEventStore({ url: PG_URL, schema: intakeSchema, poolSize: 2 });
    qa = await openPostgresEventStore({ url: PG_URL, schema: qaSchema, poolSize: 2 });
    auditClient = PgPoolSqlClient.fromUrl(PG_URL, { max: 2 });
    documents = new PostgresDocumentStore(auditClient, { schema: auditSchema });
    await documents.ready();
    log = new AuditLog(documents);
    keyDir = mkdtempSync(join(tmpdir(), 'audit-sources-'));
    keys = loadLogKeys({ origin: 'test.example/audit', dataDir: keyDir });
    auditStore = await openPostgresEventStore({ url: PG_URL, schema: auditEventsSchema, poolSize: 1 });
    chain = new LogKeyChain(auditStore.store, log, keys, clock);
    await chain.start(null);
    checkpoints = new AuditCheckpoints(documents, log, keys, clock, chain);
    sql = new Client({ connectionString: PG_URL });
    await sql.connect();

    // Intake's and QA's events, interleaved in the archive as the record topics deliver them: each
    // context's in its own store order per stream, not in the order of its store's positions.
    for (let i = 0; i < 12; i++) await intake.store.append(`intake.complaint-${i % 3}`, [event(i)], { expectedRevision: 'any' });
    for (let i = 0; i < 5; i++) await qa.store.append(`qa.case-${i % 2}`, [event(100 + i)], { expectedRevision: 'any' });
    const fromIntake = await intake.store.readAll({});
    const fromQa = await qa.store.readAll({});
    const grouped = [...fromIntake].sort((a, b) => (a.stream === b.stream ? Number(a.revision - b.revision) : a.stream < b.stream ? 1 : -1));
    const ordered = grouped.flatMap((e, i) => [{ e, context: 'intake' }, ...(i % 2 === 0 && fromQa[i / 2] ? [{ e: fromQa[i / 2], context: 'qa' }] : [])]);
    for (const { e, context } of ordered) await log.append([e], () => ({ context, position: e.position.toString() }));
    expect(await log.size()).toBe(17);
    await checkpoints.sign();
  });

  afterAll(async () => {
    await Promise.allSettled(opened.map((s) => s.close?.()));
    await sql?.end();
    await intake?.store.close();
    await qa?.store.close();
    await auditStore?.store.close();
    await documents?.close();
    await auditClient?.close();
    for (const schema of [intakeSchema, qaSchema, auditSchema, auditEventsSchema]) await dropSchema(schema);
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  });

  it('AU-2 an untouched store verifies; a context with no store configured is reported unreachable, not verified', async () => {
    const report = await verifierOver(sources(intakeSetting())).verify();
    expect(report).toMatchObject({ ok: true, signature: 'valid', storedTree: 'matches', archive: { checked: 17, firstDifference: null } });
    expect(report.sources).toEqual({
      checked: 12,
      unreachable: 5,
      complete: false,
      firstDifference: null,
      contexts: [
        { context: 'intake', store: `postgres schema ${intakeSchema} (intake)`, checked: 12, unreachable: 0, reason: null },
        { context: 'qa', store: null, checked: 0, unreachable: 5, reason: 'no source event store is configured for this context (AUDIT_SOURCE_STORES)' },
      ],
    });
  });

  it.each(['position', 'stream'] as const)('AU-2 one byte flipped in one stored intake event: verify names its position, event, stream and context (lookup by %s)', async (lookup) => {
    const source = new EventStoreSource('intake', openPostgresEventReader({ url: PG_URL, schema: intakeSchema }), ['intake'], lookup);
    opened.push(source);
    const verifier = verifierOver([source]);
    const target = (await log.entries(0, 17)).filter((e) => e.context === 'intake')[7];
    await sql.query(`UPDATE "${intakeSchema}".events SET data = jsonb_set(data, '{note}', '"abcdefgi"') WHERE id = $1`, [target._id]);
    try {
      const report = await verifier.verify();
      expect(report.ok).toBe(false);
      expect(report.archive.firstDifference).toBeNull();
      expect(report.sources.firstDifference).toEqual({
        position: target.index,
        eventId: target._id,
        stream: target.stream,
        context: 'intake',
        sourcePosition: target.sourcePosition,
        reason: 'the event in its source event store does not hash to the signed leaf',
      });
    } finally {
      await sql.query(`UPDATE "${intakeSchema}".events SET data = jsonb_set(data, '{note}', '"abcdefgh"') WHERE id = $1`, [target._id]);
    }
    expect((await verifier.verify()).sources).toMatchObject({ checked: 12, firstDifference: null });
  });

  it('AU-2 a store that refuses to be read from a position (EventStoreDB\'s $all from a position that is not a record\'s) is read by stream and revision instead', async () => {
    const reader = openPostgresEventReader({ url: PG_URL, schema: intakeSchema });
    const refusing = { readAll: () => Promise.reject(new Error('Trying to read from an invalid position.')), readStream: reader.readStream.bind(reader), close: () => reader.close() };
    const source = new EventStoreSource('intake', refusing, ['intake'], 'position');
    opened.push(source);
    const report = await verifierOver([source]).verify();
    expect(report.sources).toMatchObject({ checked: 12, unreachable: 5, firstDifference: null });
    expect(report.sources.contexts[0]).toMatchObject({ context: 'intake', checked: 12, unreachable: 0, reason: null });
  });

  it('AU-2 an intake event gone from its store: verify names it as no longer held', async () => {
    const verifier = verifierOver(sources(intakeSetting()));
    const target = (await log.entries(0, 17)).filter((e) => e.context === 'intake')[3];
    const other = newEventId();
    await sql.query(`UPDATE "${intakeSchema}".events SET id = $2 WHERE id = $1`, [target._id, other]);
    try {
      const report = await verifier.verify();
      expect(report.ok).toBe(false);
      expect(report.sources.firstDifference).toMatchObject({ position: target.index, eventId: target._id, context: 'intake', reason: 'the source event store no longer holds this event' });
    } finally {
      await sql.query(`UPDATE "${intakeSchema}".events SET id = $1 WHERE id = $2`, [target._id, other]);
    }
  });

  it('AU-2 a store that is down, or a schema that does not exist, is reported unreachable with its reason; nothing is created', async () => {
    const down = await verifierOver(sources(intakeSetting(intakeSchema, 'postgres://postgres@127.0.0.1:1/postgres'))).verify();
    expect(down).toMatchObject({ ok: true, sources: { checked: 0, unreachable: 17, complete: false, firstDifference: null } });
    expect(down.sources.contexts[0]).toMatchObject({ context: 'intake', checked: 0, unreachable: 12, reason: expect.stringMatching(/^the source event store could not be read: .*ECONNREFUSED/) });

    const missing = `src_missing_${suffix}`;
    const absent = await verifierOver(sources(intakeSetting(missing))).verify();
    expect(absent.sources.contexts[0]).toMatchObject({ context: 'intake', unreachable: 12, reason: expect.stringContaining('does not exist') });
    const { rows } = await sql.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [missing]);
    expect(rows).toEqual([]);
  });

  it('the reader of another service\'s store never writes: append refuses, and the server refuses a write in its sessions', async () => {
    const reader = openPostgresEventReader({ url: PG_URL, schema: intakeSchema });
    try {
      await expect(reader.append('intake.complaint-0', [event(99)], { expectedRevision: 'any' })).rejects.toThrow(/read-only/);
      expect(await reader.readAll({ maxCount: 1 })).toHaveLength(1);
    } finally {
      await reader.close();
    }
    const pool = readOnlyPool(PG_URL);
    try {
      await expect(pool.query(`DELETE FROM "${intakeSchema}".events`)).rejects.toThrow(/read-only transaction/);
    } finally {
      await pool.end();
    }
    expect((await intake.store.readAll({})).length).toBe(12);
  });
});
