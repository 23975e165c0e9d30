import { ServerProbe, describeWhenServersAnswer, probeInChildProcess } from '@aftersales/eventsourcing/testing';
import { Client } from 'pg';

export const PG_URL = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Whether the server answers, decided synchronously so a test file can choose `describe` or
 * `describe.skip` while jest collects it (describe blocks cannot await). A child process does the
 * asynchronous connect; it costs a fraction of a second once per file.
 */
export function probePostgresServer(url = PG_URL): ServerProbe {
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client({ connectionString: process.env.PROBE_URL, connectionTimeoutMillis: 3000 });
    client.connect().then(() => client.query('SELECT 1')).then(
      () => client.end().then(() => process.exit(0)),
      (err) => { process.stderr.write(String(err && err.message || err)); process.exit(1); });`;
  return probeInChildProcess(script, { env: { PROBE_URL: url } });
}

/**
 * `describe` when the server is reachable. Otherwise (ARCHITECTURE.md "Testing layers"): under CI
 * the file fails, since `.ci/run` starts the server; elsewhere the suites are skipped, loudly.
 */
export function describeWithPostgresServer(url = PG_URL): jest.Describe {
  const probe = probePostgresServer(url);
  const missing = probe.ok ? [] : [`PostgreSQL server at ${url} is unreachable (${probe.reason})`];
  return describeWhenServersAnswer(missing, 'Start it or set PG_URL.');
}

export async function dropSchema(schema: string, url = PG_URL): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
