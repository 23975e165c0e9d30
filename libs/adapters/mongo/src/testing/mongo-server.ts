import { ServerProbe, describeWhenServersAnswer, probeInChildProcess } from '@aftersales/eventsourcing/testing';
import { newEventId } from '@aftersales/eventsourcing';
import { Connection } from 'mongoose';
import { openMongoConnection } from '../connection';

/** The Mongo-wire server of `deploy/local/mongo/start.sh` unless MONGO_URL names another. */
export const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:37017/aftersales';

/**
 * Whether the server answers a ping, decided synchronously so a test file can choose `describe`
 * or `describe.skip` while jest collects it. A child process does the asynchronous connect.
 */
export function probeMongoServer(url = MONGO_URL): ServerProbe {
  const script = `
    const { MongoClient } = require(${JSON.stringify(require.resolve('mongodb', { paths: [require.resolve('mongoose')] }))});
    MongoClient.connect(process.env.PROBE_URL, { serverSelectionTimeoutMS: 3000 })
      .then(async (c) => { try { await c.db('admin').command({ ping: 1 }); } finally { await c.close(); } })
      .then(() => process.exit(0), (err) => { process.stderr.write(String((err && err.message) || err)); process.exit(1); });`;
  return probeInChildProcess(script, { env: { PROBE_URL: url } });
}

/**
 * `describe` when the server answers. Otherwise (ARCHITECTURE.md "Testing layers"): under CI the
 * file fails, since `.ci/run` starts the server; elsewhere the suites are skipped, loudly.
 */
export function describeWithMongo(url = MONGO_URL): jest.Describe {
  const probe = probeMongoServer(url);
  const missing = probe.ok ? [] : [`MongoDB at ${url} is unreachable (${probe.reason})`];
  return describeWhenServersAnswer(missing, 'Run bash deploy/local/mongo/start.sh or set MONGO_URL.');
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
