import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEnvelope, ManualClock, NewEvent, ProjectionRunner, ReadModelTransactions } from '@aftersales/eventsourcing';
import { PostgresDocumentStore, PostgresStores, openPgliteEventStore, tableNameOf } from '@aftersales/adapters-postgres';
import { ScratchDataDir, freshPgliteDataDir } from '@aftersales/adapters-postgres/testing';
import { ARCHIVE_COLLECTION, ArchiveEntry, AuditCheckpoints, AuditLog, AuditSource, AuditVerifications, EventStoreSource, LogKeyChain, LogVerifier, archiveProjection, loadLogKeys } from '@aftersales/audit';
import { Caller } from '@aftersales/platform';
import { anEvent } from '@aftersales/eventsourcing/testing';

/** A promise and the hands that settle it. */
function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (err: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The event store as a source whose `holdAt`-th read does not return until released: the process
 * running the verification is stuck there, as one that died mid-chunk never returns.
 */
class HeldSource implements AuditSource {
  readonly name = 'event-store';
  readonly entered = deferred();
  readonly release = deferred();
  private reads = 0;

  constructor(
    private readonly inner: AuditSource,
    private readonly holdAt: number,
  ) {}

  covers(context: string): boolean {
    return this.inner.covers(context);
  }

  async read(entries: readonly ArchiveEntry[]): Promise<Map<string, EventEnvelope>> {
    if (++this.reads === this.holdAt) {
      this.entered.resolve();
      await this.release.promise;
    }
    return this.inner.read(entries);
  }
}

/**
 * AU-2 verify in the background on the standalone's real stores (PGlite): chunked, its progress
 * kept in audit's document store, one at a time, and honest across a restart: a process that stops
 * mid-run leaves no report, and the next one resumes from the last kept chunk with what was found.
 */
describe('audit log verifications in the background on PGlite (AU-2)', () => {
  let scratch: ScratchDataDir;
  let stores: PostgresStores;
  let documents: PostgresDocumentStore;
  let transactions: ReadModelTransactions;
  let log: AuditLog;
  let chain: LogKeyChain;
  let checkpoints: AuditCheckpoints;
  let keyDir: string;
  const clock = new ManualClock('2026-03-03T01:00:00.000Z');
  const admin: Caller = { user: { id: 'admin-1', roles: ['admin'], tenantId: 'acme' }, correlationId: 'corr-verify' };
  /** Every process started here, stopped at the end (a stuck one is released first). */
  const processes: AuditVerifications[] = [];
  const SIZE = 60;
  const CHUNK = 10;

  const event = (i: number): NewEvent => anEvent('test.Happened', { i, note: 'abcdefgh' }, { occurredAt: clock.now().toISOString(), correlationId: `corr-${i}` });

  const sql = (text: string, params: unknown[] = []) => stores.client.query(text, params);
  const archiveTable = () => `read_models.${tableNameOf(ARCHIVE_COLLECTION)}`;
  const storeSource = () => new EventStoreSource('event-store', stores.store);
  const verifierOver = (source: AuditSource) => new LogVerifier(log, checkpoints, chain, [source]);
  /** An audit process's verifications over the shared stores, started as Nest starts it. */
  async function startProcess(source: AuditSource = storeSource(), bootstrap = true): Promise<AuditVerifications> {
    const verifications = new AuditVerifications(documents, verifierOver(source), checkpoints, clock, { chunk: CHUNK });
    processes.push(verifications);
    if (bootstrap) await verifications.onApplicationBootstrap();
    return verifications;
  }
  const flipArchived = (id: string, actor: string) => sql(`UPDATE ${archiveTable()} SET doc = jsonb_set(doc, '{event,actor,id}', to_jsonb($2::text)) WHERE id = $1`, [id, actor]);

  beforeAll(async () => {
    scratch = await freshPgliteDataDir('audit-verifications');
    stores = await openPgliteEventStore({ dataDir: scratch.dataDir });
    documents = new PostgresDocumentStore(stores.client);
    transactions = { run: (work) => stores.client.transaction(() => work()) };
    log = new AuditLog(documents);
    keyDir = mkdtempSync(join(tmpdir(), 'audit-verifications-key-'));
    const keys = loadLogKeys({ origin: 'test.example/audit', dataDir: keyDir });
    chain = new LogKeyChain(stores.store, log, keys, clock, transactions);
    await chain.start(null);
    checkpoints = new AuditCheckpoints(documents, log, keys, clock, chain);
    const contexts = ['intake', 'qa', 'dispatch'];
    for (let i = 0; i < SIZE; i++) await stores.store.append(`${contexts[i % 3]}.case-${i % 7}`, [event(i)], { expectedRevision: 'any' });
    const runner = new ProjectionRunner(stores.store, stores.checkpoints, archiveProjection(log), { transactions, batchSize: 200 });
    await runner.start();
    await runner.stop();
    expect(await log.size()).toBe(SIZE);
    await checkpoints.sign();
  }, 60_000);

  afterAll(async () => {
    await Promise.allSettled(processes.map((p) => p.onApplicationShutdown()));
    await documents?.close();
    await stores?.store.close();
    scratch?.remove();
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  });

  it('AU-2 a verification run in chunks, its progress kept, reports exactly what verify reports in one call; time is the clock\'s', async () => {
    const verifications = await startProcess();
    const started = await verifications.start(admin);
    expect(started).toMatchObject({ status: 'running', report: null, startedBy: { id: 'admin-1', tenantId: 'acme' }, startedAt: clock.now().toISOString() });
    expect(started.progress).toMatchObject({ checked: 0, checkpoint: { size: SIZE } });
    clock.advance(60_000);
    await verifications.settled(started._id);

    const done = await verifications.get(started._id);
    expect(done).toMatchObject({ status: 'done', resumed: 0, error: null, finishedAt: clock.now().toISOString() });
    expect(done.progress.checked).toBe(SIZE);
    // Each kept chunk is a version of the document: start, six chunks, done.
    expect(done._position).toBe(BigInt(1 + SIZE / CHUNK + 1));
    expect(done.report).toEqual(await verifierOver(storeSource()).verify());
    expect(done.report).toMatchObject({ ok: true, archive: { checked: SIZE }, sources: { checked: SIZE, complete: true } });
  });

  it('AU-2 one verification at a time: a second start while one runs is refused naming the running one; the list is newest first', async () => {
    const held = new HeldSource(storeSource(), 2);
    const verifications = await startProcess(held);
    const running = await verifications.start(admin);
    await held.entered.promise;
    await expect(verifications.start(admin)).rejects.toMatchObject({ code: 'AUDIT.VERIFICATION_RUNNING', details: { verificationId: running._id } });
    // Another process asking (one that has not resumed it): the same answer, the slot is in the store.
    await expect((await startProcess(storeSource(), false)).start(admin)).rejects.toMatchObject({ code: 'AUDIT.VERIFICATION_RUNNING' });
    expect((await verifications.get(running._id)).report).toBeNull();

    held.release.resolve();
    await verifications.settled(running._id);
    expect((await verifications.get(running._id)).report?.ok).toBe(true);
    const list = await verifications.list({ page: 1, pageSize: 1 });
    expect(list).toMatchObject({ total: 2, totalExact: true, page: 1, pageSize: 1 });
    expect(list.items.map((v) => v._id)).toEqual([running._id]);
    await expect(verifications.get('0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10')).rejects.toMatchObject({ code: 'AUDIT.VERIFICATION_NOT_FOUND' });
  });

  it('AU-2 a process that stops mid-run leaves no report; the next start resumes from the last kept chunk and keeps what the first found: never a false ok', async () => {
    const [early, late] = await log.entries(0, SIZE).then((entries) => [entries[5], entries[45]]);
    const held = new HeldSource(storeSource(), 3);
    const first = await startProcess(held);
    await flipArchived(early._id, 'user-2');
    const run = await first.start(admin);
    await held.entered.promise;
    // Stuck in its third chunk (a process that died there): two chunks kept, no report.
    const midway = await first.get(run._id);
    expect(midway).toMatchObject({ status: 'running', report: null });
    expect(midway.progress.checked).toBe(2 * CHUNK);
    expect(midway.progress.archiveDifference).toMatchObject({ position: 5, eventId: early._id });

    // While it is down: the early change is put back (a fresh verify no longer sees it), a later one is made.
    await flipArchived(early._id, 'user-1');
    await flipArchived(late._id, 'user-3');
    try {
      expect((await verifierOver(storeSource()).verify()).archive.firstDifference).toMatchObject({ position: 45 });
      clock.advance(60_000);
      const second = await startProcess();
      await second.settled(run._id);
      const resumed = await second.get(run._id);
      expect(resumed).toMatchObject({ status: 'done', resumed: 1, finishedAt: clock.now().toISOString() });
      expect(resumed.report).toMatchObject({ ok: false, archive: { checked: SIZE, firstDifference: { position: 5, eventId: early._id, reason: 'the archived event does not hash to the signed leaf' } } });
      expect(resumed.report?.sources).toMatchObject({ checked: SIZE, complete: true, firstDifference: null });

      // The stuck process wakes: its write is refused (the other one went on), and the report stays.
      held.release.reject(new Error('the process died here'));
      await first.settled(run._id);
      expect(await first.get(run._id)).toEqual(resumed);
    } finally {
      await flipArchived(late._id, 'user-1');
    }
  });

  it('AU-2 a resumed run names a change made while it was down in a chunk it had not reached', async () => {
    const late = (await log.entries(45, 46))[0];
    const held = new HeldSource(storeSource(), 2);
    const first = await startProcess(held);
    const run = await first.start(admin);
    await held.entered.promise;
    await flipArchived(late._id, 'user-3');
    try {
      const second = await startProcess();
      await second.settled(run._id);
      expect((await second.get(run._id)).report).toMatchObject({ ok: false, archive: { firstDifference: { position: 45, eventId: late._id } } });
    } finally {
      held.release.reject(new Error('the process died here'));
      await first.settled(run._id);
      await flipArchived(late._id, 'user-1');
    }
  });

  it('AU-2 a run that cannot read audit\'s own archive ends failed with the reason and no report, and frees the log for the next', async () => {
    const broken = Object.assign(Object.create(log) as AuditLog, { entries: () => Promise.reject(new Error('the archive could not be read')) });
    const verifications = new AuditVerifications(documents, new LogVerifier(broken, checkpoints, chain, [storeSource()]), checkpoints, clock, { chunk: CHUNK });
    processes.push(verifications);
    const run = await verifications.start(admin);
    await verifications.settled(run._id);
    expect(await verifications.get(run._id)).toMatchObject({ status: 'failed', report: null, error: 'the archive could not be read' });

    const next = await startProcess();
    const again = await next.start(admin);
    await next.settled(again._id);
    expect((await next.get(again._id)).report?.ok).toBe(true);
  });
});
