import { generateKeyPairSync } from 'node:crypto';
import { ManualClock, NewEvent, ProjectionRunner, ReadModelTransactions } from '@aftersales/eventsourcing';
import { PostgresDocumentStore, PostgresStores, openPgliteEventStore, tableNameOf } from '@aftersales/adapters-postgres';
import { ScratchDataDir, freshPgliteDataDir } from '@aftersales/adapters-postgres/testing';
import {
  ARCHIVE_COLLECTION,
  AuditCheckpoints,
  AuditLog,
  EventStoreSource,
  LogKeyChain,
  LogKeys,
  LogVerifier,
  archiveProjection,
  loadLogKeys,
} from '@aftersales/audit';
import { MerkleFrontier, ProofError, consistencyProofRanges, eventLeafHash, parseCheckpointText, parseNote, parseVerifierKey, rangeHash, subtreeKey, verifyConsistency, verifyInclusion, verifyNoteSignature } from '@aftersales/verifiable-log';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * AU-1 and AU-2 on the standalone's real stores (PGlite): the archive follows the event store of
 * every context, each event once, restart-safe; checkpoints are signed; verify names the first
 * position where the archive or the source event store differs from the signed log.
 */
describe('audit log on PGlite (AU-1, AU-2)', () => {
  let scratch: ScratchDataDir;
  let stores: PostgresStores;
  let documents: PostgresDocumentStore;
  let transactions: ReadModelTransactions;
  let log: AuditLog;
  let keys: LogKeys;
  let checkpoints: AuditCheckpoints;
  let verifier: LogVerifier;
  let keyDir: string;
  const clock = new ManualClock('2026-03-03T01:00:00.000Z');

  const event = (i: number, data: Record<string, unknown> = {}): NewEvent => ({
    type: 'test.Happened',
    occurredAt: clock.now().toISOString(),
    tenantId: 'acme',
    region: 'cn-east',
    actor: { id: 'user-1', role: 'customer_service' },
    correlationId: `corr-${i}`,
    data: { i, note: 'abcdefgh', ...data },
  });

  /** Appends `n` events spread over streams of several contexts, one of them not known to audit. */
  async function appendAcrossContexts(n: number, from = 0): Promise<void> {
    const contexts = ['intake', 'qa', 'dispatch', 'warehouse-returns'];
    for (let i = from; i < from + n; i++) {
      await stores.store.append(`${contexts[i % contexts.length]}.case-${i % 7}`, [event(i)], { expectedRevision: 'any' });
    }
  }

  /** Runs the archive projection until it has caught up, then stops it (a process that ends). */
  async function archiveOnce(): Promise<void> {
    const runner = new ProjectionRunner(stores.store, stores.checkpoints, archiveProjection(log), { transactions, batchSize: 200 });
    await runner.start();
    await runner.stop();
  }

  const sql = (text: string, params: unknown[] = []) => stores.client.query(text, params);
  const archiveTable = `read_models.${tableNameOf(ARCHIVE_COLLECTION)}`;

  beforeAll(async () => {
    scratch = await freshPgliteDataDir('audit-log');
    stores = await openPgliteEventStore({ dataDir: scratch.dataDir });
    documents = new PostgresDocumentStore(stores.client);
    transactions = { run: (work) => stores.client.transaction(() => work()) };
    log = new AuditLog(documents);
    keyDir = mkdtempSync(join(tmpdir(), 'audit-key-'));
    keys = loadLogKeys({ origin: 'test.example/audit', dataDir: keyDir });
    const chain = new LogKeyChain(stores.store, log, keys, clock, transactions);
    checkpoints = new AuditCheckpoints(documents, log, keys, clock, chain);
    verifier = new LogVerifier(log, checkpoints, chain, [new EventStoreSource('event-store', stores.store)]);
  }, 60_000);

  afterAll(async () => {
    await documents?.close();
    await stores?.store.close();
    scratch?.remove();
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('AU-1 archives every event of every context once, with its source; a restart resumes and a replay from zero adds nothing', async () => {
    await appendAcrossContexts(30);
    await archiveOnce();
    expect(await log.size()).toBe(30);
    const entries = await log.entries(0, 30);
    expect(entries.map((e) => e.index)).toEqual([...Array(30).keys()]);
    expect(new Set(entries.map((e) => e.context))).toEqual(new Set(['intake', 'qa', 'dispatch', 'warehouse-returns']));
    const source = await stores.store.readAll({});
    expect(entries.map((e) => [e._id, e.sourcePosition])).toEqual(source.map((e) => [e.id, e.position.toString()]));

    await appendAcrossContexts(12, 30);
    await archiveOnce();
    expect(await log.size()).toBe(42);

    // A rebuild from zero (the checkpoint forgotten) reads the whole store again: nothing doubles.
    await stores.checkpoints.reset('projection:audit-archive@v1');
    await archiveOnce();
    expect(await log.size()).toBe(42);
    const [{ n }] = (await sql(`SELECT count(*)::int AS n FROM ${archiveTable}`)) as { n: number }[];
    expect(n).toBe(42);
  });

  it('AU-2 a signed checkpoint verifies, and so do inclusion proofs of its events', async () => {
    const checkpoint = await checkpoints.sign();
    expect(checkpoint.size).toBe(42);
    const note = parseNote(checkpoint.note);
    expect(verifyNoteSignature(note, parseVerifierKey(keys.verifierKey))).toBe(true);
    const { root } = parseCheckpointText(note.text);
    for (const entry of await log.entries(0, 42)) {
      verifyInclusion(entry.index, 42, eventLeafHash(entry.event), await log.inclusionProof(entry.index, 42), root);
    }
    const report = await verifier.verify();
    expect(report).toMatchObject({ ok: true, signature: 'valid', storedTree: 'matches', archive: { checked: 42, firstDifference: null }, sources: { checked: 42, firstDifference: null }, unsigned: 0 });
  });

  it('AU-2 one byte flipped in one stored event of the event store: verify names that position and event', async () => {
    const target = (await log.entries(17, 18))[0];
    await sql(`UPDATE event_store.events SET data = jsonb_set(data, '{note}', '"abcdefgi"') WHERE id = $1`, [target._id]);
    const report = await verifier.verify();
    expect(report.ok).toBe(false);
    expect(report.archive.firstDifference).toBeNull();
    expect(report.sources.firstDifference).toMatchObject({ position: 17, eventId: target._id, stream: target.stream, context: target.context, sourcePosition: target.sourcePosition });
    await sql(`UPDATE event_store.events SET data = jsonb_set(data, '{note}', '"abcdefgh"') WHERE id = $1`, [target._id]);
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('AU-2 one byte flipped in one archived event: verify names that position and event', async () => {
    const target = (await log.entries(5, 6))[0];
    await sql(`UPDATE ${archiveTable} SET doc = jsonb_set(doc, '{event,actor,id}', '"user-2"') WHERE id = $1`, [target._id]);
    const report = await verifier.verify();
    expect(report.ok).toBe(false);
    expect(report.sources.firstDifference).toBeNull();
    expect(report.archive.firstDifference).toMatchObject({ position: 5, eventId: target._id, stream: target.stream });
    await sql(`UPDATE ${archiveTable} SET doc = jsonb_set(doc, '{event,actor,id}', '"user-1"') WHERE id = $1`, [target._id]);
    expect((await verifier.verify()).ok).toBe(true);
  });

  it('AU-2 a consistency proof between a checkpoint and one 1,000 events later verifies; a rewritten history fails it', async () => {
    const before = parseCheckpointText(parseNote((await checkpoints.sign()).note).text);
    await appendAcrossContexts(1000, 42);
    await archiveOnce();
    clock.advance(60_000);
    const after = parseCheckpointText(parseNote((await checkpoints.sign()).note).text);
    expect(after.size).toBe(1042);
    const proof = await log.consistencyProof(before.size, after.size);
    expect(() => verifyConsistency(before.size, after.size, before.root, after.root, proof)).not.toThrow();

    // The same 1,042 events with one of the first 42 rewritten: its proof cannot reach the old root.
    const entries = await log.entries(0, 1042);
    const nodes = new Map<string, Buffer>();
    const rewritten = new MerkleFrontier(0);
    for (const entry of entries) {
      const ev = entry.index === 3 ? { ...entry.event, data: { ...(entry.event.data as object), note: 'rewritten' } } : entry.event;
      for (const made of rewritten.append(eventLeafHash(ev))) nodes.set(subtreeKey(made.id), made.hash);
    }
    const forged = consistencyProofRanges(before.size, 1042).map((r) => rangeHash(r, (id) => nodes.get(subtreeKey(id)) as Buffer));
    expect(() => verifyConsistency(before.size, 1042, before.root, rewritten.root(), forged)).toThrow(ProofError);
    expect(() => verifyConsistency(before.size, 1042, before.root, rewritten.root(), forged)).toThrow(/rewritten/);
  }, 60_000);

  it('AU-1 a batch that fails before its checkpoint is stored (a crash) leaves no half batch; the retry archives it once', async () => {
    const size = await log.size();
    await appendAcrossContexts(5, 2000);
    let failed = false;
    const failingCheckpoints = {
      ...stores.checkpoints,
      load: (name: string) => stores.checkpoints.load(name),
      reset: (name: string) => stores.checkpoints.reset(name),
      store: async (name: string, position: bigint) => {
        if (!failed) {
          failed = true;
          throw new Error('the process died here');
        }
        return stores.checkpoints.store(name, position);
      },
    };
    const crashing = new ProjectionRunner(stores.store, failingCheckpoints, archiveProjection(log), { transactions, batchSize: 200 });
    await expect(crashing.start()).rejects.toThrow('the process died here');
    await crashing.stop();
    expect(failed).toBe(true);
    expect(await log.size()).toBe(size);
    const [{ n }] = (await sql(`SELECT count(*)::int AS n FROM ${archiveTable}`)) as { n: number }[];
    expect(n).toBe(size);
    await archiveOnce();
    expect(await log.size()).toBe(size + 5);
    const [{ n: after }] = (await sql(`SELECT count(*)::int AS n FROM ${archiveTable}`)) as { n: number }[];
    expect(after).toBe(size + 5);
  });

  it('AU-2 the signing key is generated once into the data dir and read back on the next start', () => {
    const again = loadLogKeys({ origin: 'test.example/audit', dataDir: keyDir });
    expect(again.verifierKey).toBe(keys.verifierKey);
    const file = join(keyDir, 'configured.pem');
    writeFileSync(file, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));
    expect(loadLogKeys({ origin: 'test.example/audit', signingKeyFile: file }).verifierKey).not.toBe(keys.verifierKey);
  });
});
