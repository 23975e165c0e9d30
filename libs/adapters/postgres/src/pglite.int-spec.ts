import { DuplicateEventIdError, InvalidAppendError, WrongExpectedRevisionError, newEventId } from '@aftersales/eventsourcing';
import {
  anEvent,
  describeCheckpointStoreContract,
  describeEventStoreContract,
  events,
  uniquePrefix,
  until,
} from '@aftersales/eventsourcing/testing';
import { spawn } from 'node:child_process';
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

  it('commits the appends queued behind a running transaction in one, each undone alone on failure', async () => {
    const { store } = stores;
    const prefix = uniquePrefix();
    const sharedId = newEventId();
    // The first append starts a transaction at once; the next four queue behind it and form one group.
    const head = store.append(`${prefix}head`, events(1), { expectedRevision: 'no_stream' });
    const first = store.append(`${prefix}a`, [anEvent('test.A', {}, { id: sharedId })], { expectedRevision: 'no_stream' });
    const duplicate = store.append(`${prefix}b`, [anEvent('test.B', {}, { id: sharedId })], { expectedRevision: 'no_stream' });
    const conflict = store.append(`${prefix}a`, events(1), { expectedRevision: 'no_stream' });
    const last = store.append(`${prefix}d`, events(2), { expectedRevision: 'no_stream' });

    const [headResult, firstResult, lastResult] = await Promise.all([head, first, last]);
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

  it('acknowledges an append only after the WAL holding its commit has been flushed to disk', async () => {
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
      let acknowledged = false;
      const append = store.append(`${uniquePrefix()}flushed`, events(1), { expectedRevision: 'no_stream' }).then(() => {
        acknowledged = true;
      });
      await until(() => flushes === 1, 5_000, 'the flush to start');
      expect(acknowledged).toBe(false);
      releaseFlush();
      await append;
      expect(acknowledged).toBe(true);
    } finally {
      spy.mockRestore();
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
      const resolved = await runAndKill(crashDir.dataDir, crashSchema, 150);
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

/** Starts the crash child, collects the ids it reports resolved, and SIGKILLs it once it has `enough`. */
function runAndKill(dataDir: string, schema: string, enough: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'testing', 'pglite-crash-child.ts'), dataDir, schema], {
    cwd: path.resolve(__dirname, '../../../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const resolved: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('resolved ')) resolved.push(line.slice('resolved '.length));
    if (resolved.length >= enough) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve([...resolved]);
      else reject(new Error(`crash child exited with ${code} before being killed: ${stderr}`));
    });
  });
}
