/**
 * Event store throughput on PGlite and on the PostgreSQL server, each figure beside the raw
 * driver writing or reading the same rows into a table of the same shape, in the same run:
 *
 *   npx tsx test/bench/store.bench.ts            (PG_URL overrides the server URL)
 *
 * "raw" is the floor, not a rival design: plain INSERTs with positions and revisions counted in
 * JS, no expected-revision check, no group commit, no visibility bound on reads. The ratio
 * adapter/raw is what the adapter's guarantees cost (or, for concurrent appends on PGlite, what
 * group commit gains). Sizes keep the whole run well under a minute on this machine kind.
 */
import { NewEvent } from '@aftersales/eventsourcing';
import { PgPoolSqlClient, PgliteSqlClient, PostgresEventStore, SqlClient } from '@aftersales/adapters-postgres';
import { Pool } from 'pg';
import { freshPgliteDataDir, freshSchemaName } from '../../libs/adapters/postgres/src/testing/pglite-template';
import { PG_URL, probePostgresServer } from '../../libs/adapters/postgres/src/testing/postgres-server';

const CONCURRENCY = 16;
const BATCH = 100;
const WARM_UP = 500;

interface Sizes {
  sequential: number;
  concurrentPerWriter: number;
  batches: number;
}
const SIZES: Record<string, Sizes> = {
  pglite: { sequential: 2_000, concurrentPerWriter: 150, batches: 80 },
  server: { sequential: 2_000, concurrentPerWriter: 150, batches: 80 },
};

interface Row {
  backend: string;
  measure: string;
  events: number;
  adapter: number;
  raw: number;
}

/** What the raw side needs from a driver: a statement, and a pool-or-queue for concurrency. */
interface RawDriver {
  query(sql: string, params: unknown[]): Promise<unknown[]>;
}

function newEvent(n: number): NewEvent {
  return {
    type: 'bench.Happened',
    occurredAt: '2026-03-02T08:30:00.000Z',
    tenantId: 'acme',
    region: 'cn-east',
    actor: { id: 'user-1', role: 'customer_service' },
    correlationId: `corr-${n}`,
    data: { n, note: 'a payload of a realistic, small size', items: [1, 2, 3] },
  };
}

const COLUMNS =
  'position, transaction_id, stream, revision, id, type, schema_version, occurred_at, tenant_id, region, actor, correlation_id, causation_id, policy_version, data';
const PER_ROW = 14;

/** Plain INSERTs of the adapter's row shape; positions and revisions are counted here. */
class RawWriter {
  private position = 0n;
  private readonly revisions = new Map<string, bigint>();

  constructor(
    private readonly driver: RawDriver,
    private readonly table: string,
  ) {}

  async insert(stream: string, count: number, base: number): Promise<void> {
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (let i = 0; i < count; i++) {
      const e = newEvent(base + i);
      const revision = this.revisions.get(stream) ?? 0n;
      this.revisions.set(stream, revision + 1n);
      const p = params.length;
      const slots = Array.from({ length: PER_ROW }, (_, k) => `$${p + k + 1}`);
      tuples.push(
        `(${slots[0]}::bigint, pg_current_xact_id(), ${slots[1]}, ${slots[2]}::bigint, ${slots[3]}::uuid, ${slots[4]}, ${slots[5]}::int, ` +
          `${slots[6]}, ${slots[7]}, ${slots[8]}, ${slots[9]}::jsonb, ${slots[10]}, ${slots[11]}, ${slots[12]}, ${slots[13]}::jsonb)`,
      );
      params.push(
        (++this.position).toString(),
        stream,
        revision.toString(),
        crypto.randomUUID(),
        e.type,
        1,
        e.occurredAt,
        e.tenantId,
        e.region,
        JSON.stringify(e.actor),
        e.correlationId,
        null,
        null,
        JSON.stringify(e.data),
      );
    }
    await this.driver.query(`INSERT INTO ${this.table} (${COLUMNS}) VALUES ${tuples.join(', ')}`, params);
  }
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Seconds for the adapter and for raw, each doing its work in two halves in the order adapter,
 * raw, raw, adapter: PGlite's wasm keeps tiering up and the tables keep growing during a run, and
 * this order gives both sides the same share of that drift.
 */
async function abba(adapter: (half: number) => Promise<void>, raw: (half: number) => Promise<void>): Promise<[number, number]> {
  const a1 = await timed(() => adapter(0));
  const r1 = await timed(() => raw(0));
  const r2 = await timed(() => raw(1));
  const a2 = await timed(() => adapter(1));
  return [a1 + a2, r1 + r2];
}

async function inParallel(writers: number, perWriter: number, step: (w: number, i: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) await step(w, i);
    }),
  );
}

async function benchBackend(backend: string, client: SqlClient, raw: RawDriver, sizes: Sizes): Promise<Row[]> {
  const schema = freshSchemaName('bench');
  const store = await PostgresEventStore.open(client, { schema });
  const table = `"${schema}".raw_events`;
  await client.query(`CREATE TABLE ${table} (LIKE "${schema}".events INCLUDING ALL)`);
  const rawWriter = new RawWriter(raw, table);
  const rows: Row[] = [];
  const record = (measure: string, events: number, [adapterSeconds, rawSeconds]: [number, number]) =>
    rows.push({ backend, measure, events, adapter: events / adapterSeconds, raw: events / rawSeconds });
  try {
    // Warm-up, not measured: plans, plpgsql compilation, the wasm tier-up, the first pages.
    for (let i = 0; i < WARM_UP; i++) {
      await store.append(`warm-${i % 5}`, [newEvent(i)], { expectedRevision: 'any' });
      await rawWriter.insert(`warm-${i % 5}`, 1, i);
    }

    const half = sizes.sequential / 2;
    record(
      'append 1 event, sequential',
      sizes.sequential,
      await abba(
        async (h) => {
          for (let i = 0; i < half; i++) await store.append(`seq-${h}-${i % 10}`, [newEvent(i)], { expectedRevision: 'any' });
        },
        async (h) => {
          for (let i = 0; i < half; i++) await rawWriter.insert(`seq-${h}-${i % 10}`, 1, i);
        },
      ),
    );

    const per = sizes.concurrentPerWriter / 2;
    record(
      `append 1 event, ${CONCURRENCY} concurrent`,
      CONCURRENCY * sizes.concurrentPerWriter,
      await abba(
        (h) =>
          inParallel(CONCURRENCY, per, async (w, i) => {
            await store.append(`conc-${h}-${w}`, [newEvent(i)], { expectedRevision: 'any' });
          }),
        (h) => inParallel(CONCURRENCY, per, (w, i) => rawWriter.insert(`conc-${h}-${w}`, 1, i)),
      ),
    );

    const batches = sizes.batches / 2;
    const batch = Array.from({ length: BATCH }, (_, i) => newEvent(i));
    record(
      `append ${BATCH} events per append`,
      sizes.batches * BATCH,
      await abba(
        async (h) => {
          for (let b = 0; b < batches; b++) await store.append(`batch-${h}-${b % 10}`, batch, { expectedRevision: 'any' });
        },
        async (h) => {
          for (let b = 0; b < batches; b++) await rawWriter.insert(`batch-${h}-${b % 10}`, BATCH, b * BATCH);
        },
      ),
    );

    // Each side reads its whole table twice (the ABBA halves).
    let adapterRead = 0;
    let rawRead = 0;
    const readTimes = await abba(
      async () => {
        for (let after: bigint | null = null; ; ) {
          const page = await store.readAll({ after, maxCount: 1_000 });
          if (page.length === 0) break;
          adapterRead += page.length;
          after = page[page.length - 1].position;
        }
      },
      async () => {
        for (let after = '-1'; ; ) {
        const page = (await raw.query(
          `SELECT r.position::text AS position, r.stream, r.revision::text AS revision, r.id::text AS id, r.type,
                  r.schema_version, r.occurred_at, r.tenant_id, r.region, r.actor, r.correlation_id, r.causation_id,
                  r.policy_version, r.data
             FROM ${table} r WHERE r.position > $1::bigint ORDER BY r.position LIMIT 1000`,
          [after],
        )) as { position: string }[];
          if (page.length === 0) break;
          rawRead += page.length;
          after = page[page.length - 1].position;
        }
      },
    );
    if (adapterRead !== rawRead) throw new Error(`read ${adapterRead} events through the adapter but ${rawRead} raw`);
    record('readAll, pages of 1,000', adapterRead, readTimes);
  } finally {
    await store.close();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  }
  return rows;
}

async function benchPglite(): Promise<Row[]> {
  const scratch = await freshPgliteDataDir('bench');
  const client = await PgliteSqlClient.open(scratch.dataDir);
  try {
    // Raw goes to the same PGlite instance directly, bypassing the adapter's queue.
    const raw: RawDriver = { query: async (sql, params) => (await client.db.query(sql, params)).rows };
    return await benchBackend('pglite', client, raw, SIZES.pglite);
  } finally {
    await client.close();
    scratch.remove();
  }
}

async function benchServer(): Promise<Row[]> {
  const probe = probePostgresServer(PG_URL);
  if (!probe.ok) {
    console.warn(`*** skipping the PostgreSQL server: ${PG_URL} unreachable (${probe.reason}) ***`);
    return [];
  }
  const client = PgPoolSqlClient.fromUrl(PG_URL, { max: CONCURRENCY });
  const pool = new Pool({ connectionString: PG_URL, max: CONCURRENCY });
  try {
    const raw: RawDriver = { query: async (sql, params) => (await pool.query(sql, params)).rows };
    const settings = await pool.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'fsync', 'synchronous_commit', 'commit_delay')`,
    );
    console.log(`server ${PG_URL}: ${settings.rows.map((r) => `${r.name}=${r.setting}`).join(', ')}`);
    return await benchBackend('server', client, raw, SIZES.server);
  } finally {
    await client.close();
    await pool.end();
  }
}

function printTable(rows: Row[]): void {
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  const header = ['backend', 'measurement', 'events', 'adapter ev/s', 'raw ev/s', 'adapter/raw'];
  const lines = rows.map((r) => [r.backend, r.measure, fmt(r.events), fmt(r.adapter), fmt(r.raw), (r.adapter / r.raw).toFixed(2)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const render = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  console.log(`\n${render(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const l of lines) console.log(render(l));
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows = [...(await benchPglite()), ...(await benchServer())];
  printTable(rows);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s; raw = plain INSERT/SELECT of the same rows, same table shape)`);
  console.log('pglite: the adapter fdatasyncs the WAL before acknowledging each commit group (ADR 004); raw PGlite never syncs.');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
