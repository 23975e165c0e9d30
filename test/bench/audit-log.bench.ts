/**
 * The audit log's cost beside hashing the same bytes alone (issue 16, ADR 013):
 *
 *   npx tsx test/bench/audit-log.bench.ts     (BENCH_AUDIT_LEAVES=1000000, BENCH_AUDIT_ARCHIVED=20000)
 *
 * hash alone: SHA-256 of each event's canonical bytes, computed beforehand (the floor: no log can
 * append faster than it hashes).
 * merkle: per event, RFC 8785 canonicalization, the leaf hash and the append to the tree with every
 * complete subtree kept (what the archive stores), in memory, for BENCH_AUDIT_LEAVES leaves; then
 * inclusion proofs at that size, built from the kept subtrees as the archive builds them.
 * archive: AuditLog.append on PGlite (the standalone's store) in batches of 200, each in one
 * transaction as the archive projection writes them, for BENCH_AUDIT_ARCHIVED events; then
 * inclusion proofs read from PGlite at that size.
 * record follower: AuditLog.append on a PostgreSQL server (PG_URL, the distributed archive) as the
 * record follower writes it, one event per transaction (one record at a time) and a fetched
 * partition batch of 500 per transaction, for BENCH_AUDIT_FOLLOWED events each (skipped when the
 * server does not answer).
 * Each figure is a rate, and each is given as a ratio to hashing the same bytes alone.
 */
import { performance } from 'node:perf_hooks';
import { EventEnvelope } from '@aftersales/eventsourcing';
import { PgPoolSqlClient, PostgresDocumentStore, openPgliteEventStore } from '@aftersales/adapters-postgres';
import { PG_URL, dropSchema, freshPgliteDataDir } from '@aftersales/adapters-postgres/testing';
import { AuditLog } from '@aftersales/audit';
import { ArchivedEvent, MerkleFrontier, SubtreeId, archivedEventOf, canonicalBytes, eventLeafHash, inclusionProofRanges, leafHash, rangeHash, subtreeKey } from '@aftersales/verifiable-log';

const LEAVES = Number(process.env.BENCH_AUDIT_LEAVES ?? 1_000_000);
const ARCHIVED = Number(process.env.BENCH_AUDIT_ARCHIVED ?? 20_000);
const PROOFS = 10_000;
const BATCH = 200;
const FOLLOWED = Number(process.env.BENCH_AUDIT_FOLLOWED ?? 3_000);
/** The record follower's slice of a fetched partition batch (record-follower.ts MAX_BATCH). */
const FETCHED = 500;

function envelope(n: number): EventEnvelope {
  return {
    id: `0190f0c2-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
    type: 'intake.ComplaintRegistered',
    schemaVersion: 1,
    stream: `intake.complaint-${n % 5000}`,
    revision: BigInt(Math.floor(n / 5000)),
    position: BigInt(n + 1),
    occurredAt: '2026-03-02T08:30:00.000Z',
    tenantId: 'acme',
    region: 'cn-east',
    actor: { id: 'cs-1', role: 'customer_service' },
    correlationId: `corr-${n}`,
    causationId: null,
    policyVersion: 'intake-policy@3',
    data: { n, customerName: '华东机械有限公司', note: 'a payload of a realistic, small size', items: [1, 2, 3], amountMinor: 12_000 },
  };
}

const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);
const ratio = (a: number, b: number) => (a / b).toFixed(3);

async function main(): Promise<void> {
  console.log(`audit log bench: ${LEAVES.toLocaleString('en')} leaves in memory, ${ARCHIVED.toLocaleString('en')} archived on PGlite`);

  // hash alone, over bytes made beforehand (in chunks, to keep memory flat)
  let hashMs = 0;
  const CHUNK = 100_000;
  for (let from = 0; from < LEAVES; from += CHUNK) {
    const bytes = Array.from({ length: Math.min(CHUNK, LEAVES - from) }, (_, i) => canonicalBytes(archivedEventOf(envelope(from + i))));
    const t = performance.now();
    for (const b of bytes) leafHash(b);
    hashMs += performance.now() - t;
  }
  const hashRate = rate(LEAVES, hashMs);

  // merkle: canonicalize + leaf hash + append, keeping every complete subtree
  const events: ArchivedEvent[] = [];
  const nodes = new Map<string, Buffer>();
  const frontier = new MerkleFrontier(0);
  let merkleMs = 0;
  for (let from = 0; from < LEAVES; from += CHUNK) {
    events.length = 0;
    for (let i = from; i < Math.min(from + CHUNK, LEAVES); i++) events.push(archivedEventOf(envelope(i)));
    const t = performance.now();
    for (const event of events) for (const made of frontier.append(eventLeafHash(event))) nodes.set(subtreeKey(made.id), made.hash);
    merkleMs += performance.now() - t;
  }
  const merkleRate = rate(LEAVES, merkleMs);
  const lookup = (id: SubtreeId) => nodes.get(subtreeKey(id)) as Buffer;
  let t = performance.now();
  for (let i = 0; i < PROOFS; i++) {
    const index = Math.floor((i * 7919 * 104729) % LEAVES);
    inclusionProofRanges(index, LEAVES).map((r) => rangeHash(r, lookup));
  }
  const memoryProofRate = rate(PROOFS, performance.now() - t);

  // archive on PGlite
  const scratch = await freshPgliteDataDir('audit-bench');
  const stores = await openPgliteEventStore({ dataDir: scratch.dataDir });
  const documents = new PostgresDocumentStore(stores.client);
  const log = new AuditLog(documents);
  try {
    const envelopes = Array.from({ length: ARCHIVED }, (_, i) => envelope(i));
    t = performance.now();
    for (let from = 0; from < ARCHIVED; from += BATCH) {
      const batch = envelopes.slice(from, from + BATCH);
      await stores.client.transaction(() => log.append(batch));
    }
    const archiveRate = rate(ARCHIVED, performance.now() - t);
    const proofs = Math.min(2_000, ARCHIVED);
    t = performance.now();
    for (let i = 0; i < proofs; i++) await log.inclusionProof(Math.floor((i * 7919) % ARCHIVED), ARCHIVED);
    const archiveProofRate = rate(proofs, performance.now() - t);

    const followed = await followerRates(hashRate);
    console.table([
      { what: 'hash alone (SHA-256 of the canonical bytes)', perSecond: hashRate, ratioToHash: '1.000' },
      { what: `merkle append in memory (canonicalize + leaf + subtrees), ${LEAVES} leaves`, perSecond: merkleRate, ratioToHash: ratio(merkleRate, hashRate) },
      { what: `inclusion proofs in memory at ${LEAVES} leaves`, perSecond: memoryProofRate, ratioToHash: ratio(memoryProofRate, hashRate) },
      { what: `archive on PGlite (entries + subtrees + head, batches of ${BATCH}), ${ARCHIVED} events`, perSecond: archiveRate, ratioToHash: ratio(archiveRate, hashRate) },
      { what: `inclusion proofs read from PGlite at ${ARCHIVED} leaves`, perSecond: archiveProofRate, ratioToHash: ratio(archiveProofRate, hashRate) },
      ...followed,
    ]);
  } finally {
    await documents.close();
    await stores.store.close();
    scratch.remove();
  }
}

/** The record follower's two ways of writing to the archive on a PostgreSQL server: a transaction per event, or per fetched batch. */
async function followerRates(hashRate: number): Promise<{ what: string; perSecond: number | string; ratioToHash: string }[]> {
  const client = PgPoolSqlClient.fromUrl(PG_URL, { max: 2 });
  try {
    await client.query('SELECT 1');
  } catch (err) {
    await client.close();
    return [{ what: `record follower on PostgreSQL: skipped, ${PG_URL} does not answer (${(err as Error).message})`, perSecond: '-', ratioToHash: '-' }];
  }
  const rows: { what: string; perSecond: number; ratioToHash: string }[] = [];
  try {
    for (const size of [1, FETCHED]) {
      const schema = `bench_audit_follow_${size}_${Date.now().toString(36)}`;
      const documents = new PostgresDocumentStore(client, { schema });
      await documents.ready();
      try {
        const log = new AuditLog(documents);
        const envelopes = Array.from({ length: FOLLOWED }, (_, i) => envelope(i));
        const started = performance.now();
        for (let from = 0; from < FOLLOWED; from += size) {
          const batch = envelopes.slice(from, from + size);
          await client.transaction(() => log.append(batch, (e) => ({ context: 'intake', position: e.position.toString() })));
        }
        const perSecond = rate(FOLLOWED, performance.now() - started);
        rows.push({ what: `record follower on PostgreSQL, ${size === 1 ? 'one event' : `a fetched batch of ${size}`} per transaction, ${FOLLOWED} events`, perSecond, ratioToHash: ratio(perSecond, hashRate) });
      } finally {
        await documents.close();
        await dropSchema(schema, PG_URL);
      }
    }
  } finally {
    await client.close();
  }
  return rows;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
