import { spawnSync } from 'node:child_process';
import { newEventId } from '@aftersales/eventsourcing';
import { Connection } from 'mongoose';
import { openMongoConnection } from '../connection';

/** The Mongo-wire server of `deploy/local/mongo/start.sh` unless MONGO_URL names another. */
export const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:37017/aftersales';

/**
 * Whether the server answers a ping, decided synchronously so a test file can choose `describe`
 * or `describe.skip` while jest collects it. A child process does the asynchronous connect.
 */
export function probeMongoServer(url = MONGO_URL): { ok: true } | { ok: false; reason: string } {
  const script = `
    const { MongoClient } = require(${JSON.stringify(require.resolve('mongodb', { paths: [require.resolve('mongoose')] }))});
    MongoClient.connect(process.env.PROBE_URL, { serverSelectionTimeoutMS: 3000 })
      .then(async (c) => { try { await c.db('admin').command({ ping: 1 }); } finally { await c.close(); } })
      .then(() => process.exit(0), (err) => { process.stderr.write(String((err && err.message) || err)); process.exit(1); });`;
  const probe = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, PROBE_URL: url },
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.status === 0) return { ok: true };
  return { ok: false, reason: probe.stderr.trim() || probe.error?.message || `probe exited with ${probe.status}` };
}

/**
 * `describe` when the server answers. Otherwise (ARCHITECTURE.md "Testing layers"): under CI the
 * file fails, since `.ci/run` starts the server; elsewhere the suites are skipped, loudly.
 */
export function describeWithMongo(url = MONGO_URL): jest.Describe {
  const probe = probeMongoServer(url);
  if (probe.ok) return describe;
  const message = `MongoDB at ${url} is unreachable (${probe.reason})`;
  if (process.env.CI) throw new Error(`${message}; CI must provide it (deploy/local/mongo/start.sh, or set MONGO_URL)`);
  console.warn(`\n*** SKIPPING MongoDB suites: ${message}. Run bash deploy/local/mongo/start.sh or set MONGO_URL. ***\n`);
  return describe.skip;
}

/** A database name no other suite or run uses (MongoDB names allow no dots). */
export function freshDatabaseName(label = 'test'): string {
  return `${label}_${newEventId().replace(/-/g, '').slice(-16)}`;
}

/** Opens a connection to a fresh database; `teardown` drops that database and closes. */
export async function openFreshMongoDatabase(label?: string, url = MONGO_URL): Promise<{ connection: Connection; teardown(): Promise<void> }> {
  const connection = await openMongoConnection(url, { dbName: freshDatabaseName(label), serverSelectionTimeoutMS: 5_000 });
  return {
    connection,
    teardown: async () => {
      try {
        await connection.dropDatabase();
      } finally {
        await connection.close();
      }
    },
  };
}
