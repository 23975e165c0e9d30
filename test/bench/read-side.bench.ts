/**
 * The read side at scale (issue 11's "Must show"): what the standalone costs as the log grows,
 * each figure at a baseline size beside the large one, as ratios, in one run:
 *
 *   npx tsx test/bench/read-side.bench.ts           (part of `npm run bench`)
 *   BENCH_COMPLAINTS=100000 npx tsx test/bench/read-side.bench.ts
 *
 * It measures whatever read side the app has: it drives the built standalone over HTTP, seeds
 * through the app's own command handler and process managers, and folds into a document store
 * the app's infrastructure module provides. Sizes and windows come from the environment (README
 * "Benchmarks"); seeded data dirs are kept under tmp/bench/ and reused. No figure is asserted.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { DocumentStore, EventEnvelope, EventStore, ReadModelTransactions } from '@aftersales/eventsourcing';
import type { ComplaintView } from '@aftersales/intake';
import { complaintBody } from '../../services/standalone/src/testing/complaint-body';
import { Compiled, REPO_ROOT, buildOnce, compiled } from './read-side/compiled';
import { Child, LoadResult, cpuSecondsOf, idempotencyKey, freePort, percentile, postLoad, rssOf, spawnBare, spawnStandalone, untilStatus } from './read-side/http';
import { STALL_MS, SeedResult, TENANT, seed } from './read-side/seed';

function sizeFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number (got ${raw})`);
  return Number(raw);
}

const COMPLAINTS = sizeFromEnv('BENCH_COMPLAINTS', 3_000);
const BASELINE = sizeFromEnv('BENCH_BASELINE', 1_000);
const LOAD_SECONDS = sizeFromEnv('BENCH_SECONDS', 10);
const IDLE_SECONDS = sizeFromEnv('BENCH_IDLE_SECONDS', 20);
const QUERIES = sizeFromEnv('BENCH_QUERIES', 100);
const LAG_SAMPLES = sizeFromEnv('BENCH_LAG_SAMPLES', 30);
const SEED_CONCURRENCY = sizeFromEnv('BENCH_SEED_CONCURRENCY', 32);
const CONNECTIONS = 16;
const CACHE = process.env.BENCH_CACHE_DIR ?? join(REPO_ROOT, 'tmp', 'bench');
const SECRET = 'b'.repeat(48);

/**
 * Seeded data dirs are only comparable when made by the same read side: the cache is keyed by the
 * embedded infrastructure module's source, which chooses it (a changed module seeds anew).
 */
function cacheDir(): string {
  const source = readFileSync(join(REPO_ROOT, 'services', 'standalone', 'src', 'embedded-infrastructure.module.ts'));
  return join(CACHE, `read-side-${createHash('sha256').update(source).digest('hex').slice(0, 10)}`);
}

const log = (message: string) => process.stderr.write(`[read-side] ${message}\n`);
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

interface Seeded extends SeedResult {
  readonly dir: string;
}

async function seeded(c: Compiled, complaints: number): Promise<Seeded> {
  const dir = join(cacheDir(), String(complaints));
  const meta = join(dir, 'seed.json');
  if (existsSync(meta) && process.env.BENCH_RESEED !== '1') {
    const result = JSON.parse(readFileSync(meta, 'utf8')) as SeedResult;
    log(`reusing ${dir} (${result.complaints} complaints, ${result.cases} QA cases, ${result.events} events)`);
    return { ...result, dir };
  }
  rmSync(dir, { recursive: true, force: true });
  log(`seeding ${complaints} complaints into ${dir}`);
  const result = await seed(c, join(dir, 'data'), SECRET, complaints, SEED_CONCURRENCY, (done) => log(`  ${done} / ${complaints}`));
  writeFileSync(meta, JSON.stringify(result, null, 2));
  log(`seeded ${complaints} complaints, ${result.cases} QA cases, ${result.events} events in ${result.seconds.toFixed(1)} s`);
  return { ...result, dir };
}

/** Every measurement runs on a copy: what it writes must not change the cached data dir. */
function scratchCopy(from: Seeded): string {
  const dir = join(CACHE, 'scratch', `${from.complaints}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(from.dir, 'data'), dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Replay for a rebuild (in this process, on the app's own infrastructure module)

interface ReplayFigures {
  events: number;
  foldPerSec: number;
  rawPerSec: number;
}

/** A provider the app's infrastructure may or may not have (null when it has none). */
function optional<T>(context: INestApplicationContext, token: symbol): T | null {
  try {
    return context.get<T>(token, { strict: false }) ?? null;
  } catch {
    return null;
  }
}

async function replay(c: Compiled, dataDir: string): Promise<ReplayFigures> {
  const { NestFactory } = await import('@nestjs/core');
  const { Module } = await import('@nestjs/common');
  // The app's infrastructure (event store and document store of its kind) without its contexts:
  // nothing else subscribes while the fold is timed.
  @Module({
    imports: [
      c.platform.PlatformModule.forRoot({ jwtSecret: SECRET, logLevel: 'silent' }),
      c.infrastructure.EmbeddedInfrastructureModule.forRoot({ dataDir }),
    ],
  })
  class ReplayModule {}
  const context: INestApplicationContext = await NestFactory.createApplicationContext(ReplayModule, { logger: false });
  try {
    const store = context.get<EventStore>(c.eventsourcing.EVENT_STORE);
    const documents = context.get<DocumentStore>(c.eventsourcing.DOCUMENT_STORE);
    // Where the read models share the log's database, a projection commits each batch in one
    // transaction (ProjectionRunner); the fold does the same with each page.
    const transactions = optional<ReadModelTransactions>(context, c.eventsourcing.READ_MODEL_TRANSACTIONS);
    const inTransaction = (work: () => Promise<void>) => (transactions ? transactions.run(work) : work());
    const prefix = 'intake.complaint-';
    const handles = new Set<string>(c.intakeDomain.COMPLAINT_EVENT_TYPES);
    const page = (after: bigint | null) => store.readAll({ after, maxCount: 1_000, streamPrefixes: [prefix] });
    let events = 0;
    const raw = async () => {
      let n = 0;
      for (let after: bigint | null = null; ; ) {
        const rows = await page(after);
        if (rows.length === 0) break;
        n += rows.length;
        after = rows[rows.length - 1].position;
      }
      events = n;
    };
    let round = 0;
    const fold = async () => {
      // The complaints projection's own fold, into a collection no one has written yet.
      const collection = documents.collection<ComplaintView>(`bench.replay-${process.pid}-${round++}`, [{ fields: { receivedAt: -1 } }]);
      for (let after: bigint | null = null; ; ) {
        const rows = await page(after);
        if (rows.length === 0) break;
        await inTransaction(() => c.eventsourcing.foldIntoDocuments(collection, rows.filter((e) => handles.has(e.type)), prefix, c.intake.applyToView));
        after = rows[rows.length - 1].position;
      }
      await collection.clear();
    };
    // Fold, raw, raw, fold: the same share of warm-up and drift for both (store.bench.ts).
    let foldSeconds = 0;
    let rawSeconds = 0;
    for (const [work, add] of [
      [fold, (s: number) => (foldSeconds += s)],
      [raw, (s: number) => (rawSeconds += s)],
      [raw, (s: number) => (rawSeconds += s)],
      [fold, (s: number) => (foldSeconds += s)],
    ] as const) {
      const start = process.hrtime.bigint();
      await work();
      add(seconds(start));
    }
    return { events, foldPerSec: (2 * events) / foldSeconds, rawPerSec: (2 * events) / rawSeconds };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The built standalone over HTTP

interface StartFigures {
  liveSeconds: number;
  readySeconds: number;
  rssBytes: number;
  idleCpuPercent: number;
}

interface QueryFigures {
  [query: string]: { p50: number; p99: number };
}

interface LagFigures {
  samples: number;
  p50: number;
  p99: number;
}

interface SizeFigures {
  complaints: number;
  start: StartFigures;
  queries?: QueryFigures;
  register?: LoadResult;
  lagIdle?: LagFigures;
  lagLoaded?: LagFigures;
  replay?: ReplayFigures;
}

async function startAndIdle(dataDir: string): Promise<{ child: Child; figures: StartFigures }> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawnStandalone(dataDir, SECRET, port);
  try {
    await untilStatus(child, '/health/live', 200);
    const liveSeconds = seconds(started);
    await untilStatus(child, '/health/ready', 200);
    const readySeconds = seconds(started);
    const pid = child.process.pid as number;
    const rssBytes = rssOf(pid);
    // The fixed window: an idle process, nothing asked of it.
    const cpuBefore = cpuSecondsOf(pid);
    const windowStart = process.hrtime.bigint();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1_000));
    const idleCpuPercent = (100 * (cpuSecondsOf(pid) - cpuBefore)) / seconds(windowStart);
    return { child, figures: { liveSeconds, readySeconds, rssBytes, idleCpuPercent } };
  } catch (err) {
    await child.stop();
    throw err;
  }
}

function httpClient(c: Compiled, url: string) {
  const token = (roles: string[], subject: string) => `Bearer ${c.platform.signToken(SECRET, { subject, roles: roles as never, tenantId: TENANT })}`;
  const cs = token(['customer_service'], 'cs-bench');
  const qa = token(['qa'], 'qa-bench');
  return {
    cs,
    qa,
    async get(path: string, auth: string): Promise<{ status: number; body: unknown; ms: number }> {
      const start = process.hrtime.bigint();
      const res = await fetch(url + path, { headers: { authorization: auth } });
      const body: unknown = await res.json();
      return { status: res.status, body, ms: seconds(start) * 1_000 };
    },
  };
}

let serial = 0;
/** The README's complaint with a fresh customer and serial (so nothing looks like a repeat). */
function httpBody(n: number): object {
  serial++;
  return complaintBody({
    customer: { id: `C-HTTP-${n % 3_000}`, name: '华东机械有限公司', tier: 'standard' },
    product: { model: 'PX-200', serialNumber: `SN-HTTP-${process.pid}-${serial}`, contractNumber: 'HT-2026-0042' },
  });
}

async function queries(c: Compiled, child: Child, data: SeedResult): Promise<QueryFigures> {
  const http = httpClient(c, child.url);
  const customer = data.sampleCustomerIds[0] ?? 'C-00000';
  const shapes: Record<string, (k: number) => string> = {
    'list, first page': () => '/api/v1/complaints',
    'list, status=registered': () => '/api/v1/complaints?status=registered',
    'list, one customer': () => `/api/v1/complaints?customer=${customer}`,
    'list, sort=receivedAt': () => '/api/v1/complaints?sort=receivedAt',
    'get one complaint': (k) => `/api/v1/complaints/${data.sampleComplaintIds[k % data.sampleComplaintIds.length]}`,
  };
  const figures: QueryFigures = {};
  for (const [name, path] of Object.entries(shapes)) {
    if (name === 'get one complaint' && data.sampleComplaintIds.length === 0) continue;
    const times: number[] = [];
    // The first few warm the route and the plans; sequential, one at a time.
    for (let k = -5; k < QUERIES; k++) {
      const res = await http.get(path(k + 5), http.cs);
      if (res.status !== 200) throw new Error(`GET ${path(k + 5)}: ${res.status} ${JSON.stringify(res.body)}`);
      if (k >= 0) times.push(res.ms);
    }
    times.sort((a, b) => a - b);
    figures[name] = { p50: percentile(times, 50), p99: percentile(times, 99) };
  }
  return figures;
}

/** Awaits the QA case of each complaint (read from its own stream by GET /qa/cases/:id). */
async function untilCasesOpen(c: Compiled, child: Child, complaintIds: readonly string[]): Promise<void> {
  const http = httpClient(c, child.url);
  for (const complaintId of complaintIds) {
    const caseId = c.qaDomain.caseIdForComplaint(TENANT, complaintId);
    const since = Date.now();
    for (;;) {
      const res = await http.get(`/api/v1/qa/cases/${caseId}`, http.qa);
      if (res.status === 200) break;
      if (res.status !== 404) throw new Error(`GET /qa/cases/${caseId}: ${res.status} ${JSON.stringify(res.body)}`);
      if (Date.now() - since > STALL_MS) throw new Error(`no QA case for complaint ${complaintId} after ${STALL_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

async function register(c: Compiled, child: Child, correlationId: string, n: number): Promise<string> {
  const http = httpClient(c, child.url);
  const res = await fetch(`${child.url}/api/v1/complaints`, {
    method: 'POST',
    headers: { authorization: http.cs, 'content-type': 'application/json', 'x-correlation-id': correlationId },
    body: JSON.stringify(httpBody(n)),
  });
  const body = (await res.json()) as { complaintId?: string };
  if (res.status !== 201 || !body.complaintId) throw new Error(`POST /complaints: ${res.status} ${JSON.stringify(body)}`);
  return body.complaintId;
}

/**
 * Acceptance → QA case opened, from the store's own events (after the process stopped): the
 * acceptance's occurredAt against the opened case's, per complaint, grouped by the correlation id
 * prefix the bench gave the registration.
 */
async function lagsFromStore(c: Compiled, dataDir: string, after: bigint | null): Promise<Map<string, number[]>> {
  const { store } = await c.postgres.openPgliteEventStore({ dataDir: join(dataDir, 'pglite') });
  try {
    const accepted = new Map<string, { at: number; group: string }>();
    const opened = new Map<string, number>();
    for (let position = after; ; ) {
      const page: EventEnvelope[] = await store.readAll({ after: position, maxCount: 1_000, streamPrefixes: ['intake.complaint-', 'qa.case-'] });
      if (page.length === 0) break;
      for (const e of page) {
        if (e.type === 'intake.AcceptanceDecided') {
          const data = e.data as { complaintId: string; kind: string };
          if (data.kind.startsWith('accepted') && !accepted.has(data.complaintId)) {
            accepted.set(data.complaintId, { at: Date.parse(e.occurredAt), group: e.correlationId.replace(/-\d+$/, '') });
          }
        } else if (e.type === 'qa.QualityCaseOpened') {
          const source = (e.data as { source: { kind: string; complaintId?: string } }).source;
          if (source.kind === 'complaint' && source.complaintId) opened.set(source.complaintId, Date.parse(e.occurredAt));
        }
      }
      position = page[page.length - 1].position;
    }
    const groups = new Map<string, number[]>();
    for (const [complaintId, { at, group }] of accepted) {
      const openedAt = opened.get(complaintId);
      if (openedAt === undefined) continue;
      groups.set(group, [...(groups.get(group) ?? []), openedAt - at]);
    }
    return groups;
  } finally {
    await store.close();
  }
}

const lagOf = (values: number[] | undefined): LagFigures => {
  const sorted = [...(values ?? [])].sort((a, b) => a - b);
  return { samples: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
};

/** Everything measured on one seeded size. `full` adds queries, lag, the load and the replay. */
async function measureSize(c: Compiled, data: Seeded, full: boolean): Promise<SizeFigures> {
  const dataDir = scratchCopy(data);
  try {
    log(`${data.complaints} complaints: start, ready, ${IDLE_SECONDS} s idle`);
    const { child, figures: start } = await startAndIdle(dataDir);
    const figures: SizeFigures = { complaints: data.complaints, start };
    try {
      if (!full) return figures;
      log(`${data.complaints} complaints: lists and gets (${QUERIES} each)`);
      figures.queries = await queries(c, child, data);
      log(`${data.complaints} complaints: lag, ${LAG_SAMPLES} registrations one at a time`);
      for (let i = 0; i < LAG_SAMPLES; i++) await untilCasesOpen(c, child, [await register(c, child, `bench-idle-${i}`, i)]);
      log(`${data.complaints} complaints: register at ${CONNECTIONS} connections for ${LOAD_SECONDS} s`);
      const http = httpClient(c, child.url);
      figures.register = await postLoad({
        url: child.url,
        headers: { authorization: http.cs },
        body: httpBody,
        connections: CONNECTIONS,
        seconds: LOAD_SECONDS,
        correlationPrefix: 'bench-load',
      });
      // Requests still in the server when the window closed complete after it: one more
      // registration answered means those before it are stored. Every stored one's case is awaited,
      // or the slowest lags would be missing from the figures.
      await register(c, child, 'bench-drain-0', 0);
      const created: string[] = [];
      for (let i = 0; i < figures.register.issued; i++) {
        const complaintId = c.eventsourcing.deterministicUuid(TENANT, 'cs-bench', idempotencyKey('bench-load', i), 'intake.complaint');
        if ((await http.get(`/api/v1/complaints/${complaintId}`, http.cs)).status === 200) created.push(complaintId);
      }
      log(`  ${figures.register.ok} answered in the window, ${created.length} stored; awaiting their QA cases`);
      await untilCasesOpen(c, child, created);
    } finally {
      await child.stop();
    }
    const lags = await lagsFromStore(c, dataDir, data.headPosition === null ? null : BigInt(data.headPosition));
    figures.lagIdle = lagOf(lags.get('bench-idle'));
    figures.lagLoaded = lagOf(lags.get('bench-load'));
    log(`${data.complaints} complaints: replay for a rebuild`);
    figures.replay = await replay(c, dataDir);
    return figures;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function bareLoad(): Promise<LoadResult> {
  const port = await freePort();
  const child = spawnBare(port);
  try {
    await untilStatus(child, '/api/v1/complaints', 404);
    return await postLoad({ url: child.url, headers: {}, body: httpBody, connections: CONNECTIONS, seconds: LOAD_SECONDS, correlationPrefix: 'bare' });
  } finally {
    await child.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Output

const fmt = (x: number | undefined, digits = 0) =>
  x === undefined || Number.isNaN(x) ? '-' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (a: number | undefined, b: number | undefined) => {
  if (a === undefined || b === undefined || !b) return '-';
  // Small ratios keep two significant digits (4.9 req/s against 1,200 is 0.0041, not 0.00).
  return a / b < 0.1 ? (a / b).toPrecision(2) : (a / b).toFixed(2);
};

function table(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const render = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${title}\n${render(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(render(r));
}

function report(seedings: Seeded[], empty: SizeFigures, base: SizeFigures, large: SizeFigures, bare: LoadResult[]): void {
  const n = (s: SizeFigures) => fmt(s.complaints);
  table(
    'Seeding through the command handler (cached runs show the rate they were made at)',
    ['complaints', 'QA cases', 'events', 'app start s', 'seeding s', 'complaints/s', 'events/s'],
    seedings.map((s) => [fmt(s.complaints), fmt(s.cases), fmt(s.events), fmt(s.bootSeconds, 1), fmt(s.seconds, 1), fmt(s.complaints / s.seconds), fmt(s.events / s.seconds)]),
  );
  const bareRps = bare.reduce((sum, b) => sum + b.reqPerSec, 0) / bare.length;
  table(
    `Register complaint over HTTP, ${CONNECTIONS} connections, ${LOAD_SECONDS} s`,
    ['complaints in the store', 'req/s', 'p50 ms', 'p99 ms', 'failed', 'app vs bare'],
    [
      ...[base, large].map((s) => [n(s), fmt(s.register?.reqPerSec, 1), fmt(s.register?.p50), fmt(s.register?.p99), fmt(s.register?.failed), ratio(s.register?.reqPerSec, bareRps)]),
      ...bare.map((b, i) => [`bare NestJS endpoint (round ${i + 1})`, fmt(b.reqPerSec, 1), fmt(b.p50), fmt(b.p99), fmt(b.failed), '']),
      [`${n(large)} vs ${n(base)}`, ratio(large.register?.reqPerSec, base.register?.reqPerSec), '', ratio(large.register?.p99, base.register?.p99), '', ''],
    ],
  );
  table(
    `Queries, sequential (${QUERIES} each), ms`,
    ['query', `p50 ${n(base)}`, `p99 ${n(base)}`, `p50 ${n(large)}`, `p99 ${n(large)}`, 'p50 ratio', 'p99 ratio'],
    Object.keys(base.queries ?? {}).map((q) => {
      const a = base.queries?.[q];
      const b = large.queries?.[q];
      return [q, fmt(a?.p50, 1), fmt(a?.p99, 1), fmt(b?.p50, 1), fmt(b?.p99, 1), ratio(b?.p50, a?.p50), ratio(b?.p99, a?.p99)];
    }),
  );
  table(
    'Restart: spawn → /health/live 200, → /health/ready 200; RSS after ready',
    ['complaints', 'live s', 'ready s', 'ready × empty', 'RSS MB', 'RSS × empty'],
    [empty, base, large].map((s) => [
      n(s),
      fmt(s.start.liveSeconds, 2),
      fmt(s.start.readySeconds, 2),
      ratio(s.start.readySeconds, empty.start.readySeconds),
      fmt(s.start.rssBytes / 2 ** 20),
      ratio(s.start.rssBytes, empty.start.rssBytes),
    ]),
  );
  table(
    'Replay for a rebuild: the complaints projection folded from position 0 into a fresh collection',
    ['complaints', 'events', 'fold ev/s', 'raw readAll ev/s', 'fold/raw'],
    [base, large].map((s) => [n(s), fmt(s.replay?.events), fmt(s.replay?.foldPerSec), fmt(s.replay?.rawPerSec), ratio(s.replay?.foldPerSec, s.replay?.rawPerSec)]),
  );
  table(
    'Lag from a complaint’s acceptance to its QA case opening (occurredAt in the store), ms',
    ['complaints', 'idle n', 'idle p50', 'idle p99', `${CONNECTIONS} conn n`, `${CONNECTIONS} conn p50`, `${CONNECTIONS} conn p99`],
    [base, large].map((s) => [n(s), fmt(s.lagIdle?.samples), fmt(s.lagIdle?.p50), fmt(s.lagIdle?.p99), fmt(s.lagLoaded?.samples), fmt(s.lagLoaded?.p50), fmt(s.lagLoaded?.p99)]),
  );
  table(
    `Idle CPU over ${IDLE_SECONDS} s after ready (% of one core)`,
    ['complaints', 'CPU %', '× empty'],
    [empty, base, large].map((s) => [n(s), fmt(s.start.idleCpuPercent, 1), ratio(s.start.idleCpuPercent, empty.start.idleCpuPercent)]),
  );
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  if (BASELINE >= COMPLAINTS) throw new Error(`BENCH_COMPLAINTS (${COMPLAINTS}) must be larger than BENCH_BASELINE (${BASELINE})`);
  if (process.env.BENCH_SKIP_BUILD !== '1') buildOnce();
  const c = compiled();
  const sizes = [0, BASELINE, COMPLAINTS];
  const seedings: Seeded[] = [];
  for (const size of sizes) seedings.push(await seeded(c, size));
  const [emptyData, baseData, largeData] = seedings;

  const empty = await measureSize(c, emptyData, false);
  const bare: LoadResult[] = [];
  log('bare NestJS endpoint');
  bare.push(await bareLoad());
  const base = await measureSize(c, baseData, true);
  const large = await measureSize(c, largeData, true);
  log('bare NestJS endpoint again');
  bare.push(await bareLoad());

  report(seedings.slice(1), empty, base, large, bare);
  const out = join(CACHE, `read-side-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        settings: { COMPLAINTS, BASELINE, LOAD_SECONDS, IDLE_SECONDS, QUERIES, LAG_SAMPLES, SEED_CONCURRENCY, CONNECTIONS },
        seedings: seedings.map(({ sampleComplaintIds: _ids, sampleCustomerIds: _customers, ...s }) => s),
        empty,
        base,
        large,
        bare,
      },
      null,
      2,
    ),
  );
  console.log(`\n(${seconds(started).toFixed(0)} s; figures in ${out})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
