import { DuplicateEventIdError, InvalidAppendError, NewEvent, WrongExpectedRevisionError, newEventId } from '@aftersales/eventsourcing';
import {
  anEvent,
  describeCheckpointStoreContract,
  describeEventStoreContract,
  events,
  uniquePrefix,
  until,
} from '@aftersales/eventsourcing/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { PostgresStores, openPgliteEventStore } from './open';
import { PgliteSqlClient } from './pglite-sql-client';
import { PostgresEventStore } from './postgres-event-store';
import { POSITION_SHIFT } from './schema';
import { ScratchDataDir, freshPgliteDataDir, freshSchemaName } from './testing';

jest.setTimeout(60_000);

describeEventStoreContract('pglite', async () => {
  const scratch = await freshPgliteDataDir('contract');
  const { store } = await openPgliteEventStore({ dataDir: scratch.dataDir, schema: freshSchemaName() });
  return {
    store,
    teardown: async () => {
      await store.close();
      scratch.remove();
    },
  };
});

describeCheckpointStoreContract('pglite', async () => {
  const scratch = await freshPgliteDataDir('checkpoints');
  const { store, checkpoints } = await openPgliteEventStore({ dataDir: scratch.dataDir, schema: freshSchemaName() });
  return {
    store: checkpoints,
    teardown: async () => {
      await store.close();
      scratch.remove();
    },
  };
});

const transactionOf = (position: bigint) => position >> POSITION_SHIFT;

describe('PGlite group commit', () => {
  let scratch: ScratchDataDir;
  let schema: string;
  let stores: PostgresStores;

  beforeAll(async () => {
    scratch = await freshPgliteDataDir('group-commit');
    schema = freshSchemaName();
    stores = await openPgliteEventStore({ dataDir: scratch.dataDir, schema });
  });
  afterAll(async () => {
    await stores?.store.close();
    scratch?.remove();
  });
  let afterSpy: (() => void) | null = null;
  afterEach(() => {
    afterSpy?.();
    afterSpy = null;
  });

  it('commits the appends queued behind a running transaction in one statement, each undone alone on failure', async () => {
    const { store } = stores;
    const prefix = uniquePrefix();
    const sharedId = newEventId();
    const appendStatements: string[] = [];
    const db = (stores.client as PgliteSqlClient).db;
    const query = db.query.bind(db);
    const spy = jest.spyOn(db, 'query').mockImplementation((sql: string, ...rest: unknown[]) => {
      const called = /\.(append_events\w*\()/.exec(sql);
      if (called) appendStatements.push(called[1]);
      return (query as (sql: string, ...rest: unknown[]) => ReturnType<typeof db.query>)(sql, ...rest);
    });
    afterSpy = () => spy.mockRestore();
    // The first append starts a transaction at once; the next four queue behind it and form one group.
    const head = store.append(`${prefix}head`, events(1), { expectedRevision: 'no_stream' });
    const first = store.append(`${prefix}a`, [anEvent('test.A', {}, { id: sharedId })], { expectedRevision: 'no_stream' });
    const duplicate = store.append(`${prefix}b`, [anEvent('test.B', {}, { id: sharedId })], { expectedRevision: 'no_stream' });
    const conflict = store.append(`${prefix}a`, events(1), { expectedRevision: 'no_stream' });
    const last = store.append(`${prefix}d`, events(2), { expectedRevision: 'no_stream' });

    const [headResult, firstResult, lastResult] = await Promise.all([head, first, last]);
    // The group behind the head was one statement (one round trip on PGlite's connection).
    expect(appendStatements).toEqual(['append_events(', 'append_events_group(']);
    await expect(duplicate).rejects.toMatchObject({ code: DuplicateEventIdError.CODE, stream: `${prefix}b` });
    const refused = await conflict.catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WrongExpectedRevisionError);
    expect(refused).toMatchObject({ actual: 0n });

    expect(transactionOf(firstResult.position)).toBeGreaterThan(transactionOf(headResult.position));
    expect(transactionOf(lastResult.position)).toBe(transactionOf(firstResult.position));
    // Numbering in the transaction continues after the surviving appends only.
    expect(lastResult.position).toBe(firstResult.position + 2n);
    const all = await store.readAll({ streamPrefixes: [prefix] });
    expect(all.map((e) => e.stream)).toEqual([`${prefix}head`, `${prefix}a`, `${prefix}d`, `${prefix}d`]);
    expect(await store.readStream(`${prefix}b`)).toEqual([]);
  });

  it('acknowledges an append, and shows it to readers, only after the WAL holding its commit has been flushed', async () => {
    const dir = await freshPgliteDataDir('flush');
    const client = await PgliteSqlClient.open(dir.dataDir);
    const store = await PostgresEventStore.open(client, { schema: freshSchemaName(), ownsClient: true });
    const flush = client.flushCommitted.bind(client);
    let releaseFlush!: () => void;
    const gate = new Promise<void>((resolve) => (releaseFlush = resolve));
    let flushes = 0;
    const spy = jest.spyOn(client, 'flushCommitted').mockImplementation(async () => {
      flushes++;
      await gate;
      await flush();
    });
    try {
      const prefix = uniquePrefix();
      let acknowledged = false;
      const append = store.append(`${prefix}flushed`, events(1), { expectedRevision: 'no_stream' }).then(() => {
        acknowledged = true;
      });
      await until(() => flushes === 1, 5_000, 'the flush to start');
      // A reader arriving after COMMIT but before the flush must not see the event yet.
      let seenBy: number | null = null;
      const reader = store.readAll({ streamPrefixes: [prefix] }).then((found) => {
        seenBy = found.length;
        return acknowledged;
      });
      // The reader cannot finish while the flush is held, however long we look; 200 ms is ample for
      // an unblocked read of one row to finish, so a regression shows here.
      const outcome = await Promise.race([reader.then(() => 'read'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 200))]);
      expect([outcome, acknowledged, seenBy]).toEqual(['still waiting', false, null]);
      releaseFlush();
      await append;
      expect(acknowledged).toBe(true);
      // The read ran after the flush, so it found the event, and not before the acknowledgement's turn.
      await reader;
      expect(seenBy).toBe(1);
    } finally {
      spy.mockRestore();
      await store.close();
      dir.remove();
    }
  });

  it('fdatasyncs every WAL segment a commit group spans, and pg_wal when the segment changed', async () => {
    const dir = await freshPgliteDataDir('wal-span');
    const client = await PgliteSqlClient.open(dir.dataDir);
    const store = await PostgresEventStore.open(client, { schema: freshSchemaName(), ownsClient: true });
    const walDir = path.join(dir.dataDir, 'pg_wal');
    const walSegment = async () =>
      (await client.query<{ segment: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment'))[0].segment;
    const syncs = recordSyncs();
    try {
      const prefix = uniquePrefix();
      // The first commit after open, then one more: each writes more WAL than two 16 MB segments.
      for (const stream of [`${prefix}first`, `${prefix}second`]) {
        const before = await walSegment();
        syncs.calls.length = 0;
        await store.append(stream, bulkyEvents(40, 1_000_000), { expectedRevision: 'no_stream' });
        const spanned = segmentsFrom(before, await walSegment());
        expect(spanned.length).toBeGreaterThanOrEqual(3);
        const datasynced = syncs.calls.filter((c) => c.how === 'datasync').map((c) => c.path);
        expect(datasynced).toEqual(expect.arrayContaining(spanned.map((name) => path.join(walDir, name))));
        expect(syncs.calls).toContainEqual({ path: walDir, how: 'sync' });
      }
      // Within one segment: that segment alone, and no directory sync.
      const segment = await walSegment();
      syncs.calls.length = 0;
      await store.append(`${prefix}small`, events(1), { expectedRevision: 'no_stream' });
      expect(await walSegment()).toBe(segment);
      expect(syncs.calls).toEqual([{ path: path.join(walDir, segment), how: 'datasync' }]);
    } finally {
      syncs.restore();
      await store.close();
      dir.remove();
    }
  });

  it('refuses an empty append with a coded error before touching the database', async () => {
    await expect(stores.store.append(`${uniquePrefix()}empty`, [], { expectedRevision: 'any' })).rejects.toMatchObject({
      code: InvalidAppendError.CODE,
    });
  });

  it('keeps every resolved append after the data dir is closed and reopened', async () => {
    const prefix = uniquePrefix('durable');
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        stores.store.append(`${prefix}${i % 20}`, events(1 + (i % 2)), { expectedRevision: 'any' }),
      ),
    );
    // Evidence the appends were grouped: far fewer transactions than appends.
    expect(new Set(results.map((r) => transactionOf(r.position))).size).toBeLessThan(50);
    await stores.store.close();

    stores = await openPgliteEventStore({ dataDir: scratch.dataDir, schema });
    const stored = await stores.store.readAll({ streamPrefixes: [prefix] });
    expect(stored).toHaveLength(300);
    const positions = new Set(stored.map((e) => e.position));
    for (const r of results) expect(positions.has(r.position)).toBe(true);
    for (let s = 0; s < 20; s++) {
      const stream = await stores.store.readStream(`${prefix}${s}`);
      expect(stream.map((e) => e.revision)).toEqual(stream.map((_, i) => BigInt(i)));
    }
  });

  it('keeps every resolved append when the process is killed right after', async () => {
    const crashDir = await freshPgliteDataDir('crash');
    const crashSchema = freshSchemaName();
    try {
      const resolved = await runAndKill(['--import', 'tsx', CRASH_CHILD, crashDir.dataDir, crashSchema], 150);
      const reopened = await openPgliteEventStore({ dataDir: crashDir.dataDir, schema: crashSchema });
      try {
        const stored = new Set((await reopened.store.readAll({ streamPrefixes: ['crash.'] })).map((e) => e.id));
        const lost = resolved.filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
        expect(stored.size).toBeGreaterThanOrEqual(resolved.length);
      } finally {
        await reopened.store.close();
      }
    } finally {
      crashDir.remove();
    }
  });
});

describe('crash child harness', () => {
  it('kills a child that stalls before it has reported enough and rejects with its stderr', async () => {
    let pid: number | undefined;
    const run = runAndKill(
      ['-e', "process.stderr.write('stuck opening\\n'); setInterval(() => undefined, 1000)"],
      150,
      1_000,
      (child) => (pid = child.pid),
    );
    await expect(run).rejects.toThrow(/did not report 150 appends within 1000 ms.*stuck opening/s);
    expect(pid).toBeDefined();
    expect(isRunning(pid as number)).toBe(false);
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const CRASH_CHILD = path.join(__dirname, 'testing', 'pglite-crash-child.ts');

/**
 * Runs `node <args>`, collects the ids it reports resolved, and SIGKILLs it once it has `enough`.
 * A child that has not got there within `timeoutMs` (stalled, or far too slow) is killed as well,
 * and the run rejects with its stderr instead of leaving it running past the test.
 */
function runAndKill(
  args: readonly string[],
  enough: number,
  timeoutMs = 40_000,
  onSpawn: (child: ChildProcess) => void = () => undefined,
): Promise<string[]> {
  const child = spawn(process.execPath, args, {
    cwd: path.resolve(__dirname, '../../../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onSpawn(child);
  const resolved: string[] = [];
  let stderr = '';
  let timedOut = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('resolved ')) resolved.push(line.slice('resolved '.length));
    if (resolved.length >= enough) child.kill('SIGKILL');
  });
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new Error(`crash child did not report ${enough} appends within ${timeoutMs} ms (${resolved.length} so far): ${stderr}`));
      } else if (signal === 'SIGKILL') {
        resolve([...resolved]);
      } else {
        reject(new Error(`crash child exited with ${code} before being killed: ${stderr}`));
      }
    });
  });
}

/** Events whose data does not compress, so `count × bytes` of them reach the WAL. */
function bulkyEvents(count: number, bytes: number): NewEvent[] {
  return Array.from({ length: count }, (_, i) => anEvent('test.Bulky', { i, blob: randomBytes((bytes * 3) / 4).toString('base64') }));
}

/** WAL segment names from `first` to `last` inclusive, for PGlite's 16 MB segments (256 per log id). */
function segmentsFrom(first: string, last: string): string[] {
  const timeline = first.slice(0, 8);
  const number = (name: string) => BigInt(`0x${name.slice(8, 16)}`) * 256n + BigInt(`0x${name.slice(16, 24)}`);
  const names: string[] = [];
  for (let n = number(first); n <= number(last); n++) {
    const hex = (v: bigint) => v.toString(16).toUpperCase().padStart(8, '0');
    names.push(`${timeline}${hex(n / 256n)}${hex(n % 256n)}`);
  }
  return names;
}

/**
 * Records the fdatasync/fsync calls made through node:fs/promises file handles. The real module
 * object, which PgliteSqlClient's named imports read at each call, not a jest copy of it.
 */
function recordSyncs(): { calls: { path: string; how: 'datasync' | 'sync' }[]; restore(): void } {
  const fsp = process.getBuiltinModule('node:fs/promises');
  const realOpen = fsp.open;
  const calls: { path: string; how: 'datasync' | 'sync' }[] = [];
  const spy = jest.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
    const handle = await realOpen(file, flags, mode);
    const { datasync, sync } = handle;
    handle.datasync = () => {
      calls.push({ path: String(file), how: 'datasync' });
      return datasync.call(handle);
    };
    handle.sync = () => {
      calls.push({ path: String(file), how: 'sync' });
      return sync.call(handle);
    };
    return handle;
  });
  return { calls, restore: () => spy.mockRestore() };
}
