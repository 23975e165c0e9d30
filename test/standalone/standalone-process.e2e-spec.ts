import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteEventStore } from '@aftersales/adapters-postgres';
import { until } from '@aftersales/eventsourcing/testing';
import { REPO_ROOT, RunningStandalone, buildOnce, startStandalone } from './standalone-process';

/**
 * The standalone as users run it: compiled, as its own OS process, on a data dir. Covers the
 * foundation's "must show": readiness, 401 without a token, a dev token from `npm run token`,
 * SIGTERM drains, and no acknowledged append is lost across SIGKILL.
 */
describe('standalone process', () => {
  let dataDir: string;
  let running: RunningStandalone | undefined;

  beforeAll(() => {
    buildOnce();
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-standalone-'));
  }, 180_000);

  afterEach(() => {
    running?.process.kill('SIGKILL');
    running = undefined;
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Asynchronous on purpose: `npm run token` takes seconds on a busy machine, and a synchronous call
  // would stall this process's timers past the server's keep-alive timeout, so the next fetch would
  // reuse a connection the server has already closed ("other side closed").
  const tokenFor = async (role: string, tenant = 'acme') =>
    (
      await promisify(execFile)('npm', ['run', '-s', 'token', '--', '--role', role, '--tenant', tenant], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATA_DIR: dataDir },
      })
    ).stdout.trim();

  async function waitReady(url: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await fetch(`${url}/health/ready`).catch(() => null);
      if (res?.status === 200) return;
      if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms (last status ${res?.status})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('starts, becomes ready, refuses anonymous calls and accepts a dev token', async () => {
    running = await startStandalone({ DATA_DIR: dataDir });
    await waitReady(running.url);
    const live = await fetch(`${running.url}/health/live`);
    expect(live.status).toBe(200);

    const anonymous = await fetch(`${running.url}/api/v1/me`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await anonymous.json()) as { code: string; correlationId: string };
    expect(body.code).toBe('AUTH.TOKEN_MISSING');
    expect(body.correlationId).toBeTruthy();

    const me = await fetch(`${running.url}/api/v1/me`, { headers: { authorization: `Bearer ${await tokenFor('dispatcher')}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ id: 'dev-dispatcher', roles: ['dispatcher'], tenantId: 'acme' });

    const docs = await fetch(`${running.url}/docs-json`);
    expect(docs.status).toBe(200);
    expect(((await docs.json()) as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/v1/me');
  }, 120_000);

  it('stops with a message naming a bad setting', async () => {
    await expect(startStandalone({ DATA_DIR: dataDir, PORT: 'eighty' }, 30_000)).rejects.toThrow(/PORT/);
  }, 60_000);

  it('keeps every acknowledged append across SIGKILL, exactly once, and resumes with all events', async () => {
    running = await startStandalone({ DATA_DIR: dataDir });
    await waitReady(running.url);
    const url = running.url;
    const auth = { authorization: `Bearer ${await tokenFor('admin')}` };
    const acknowledged: string[] = [];
    let killed = false;
    // Eight clients append as fast as the server acknowledges; the process is killed mid-stream.
    const client = async () => {
      while (!killed) {
        const res = await fetch(`${url}/api/v1/platform/write-probes`, { method: 'POST', headers: auth }).catch(() => null);
        if (res?.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        else if (res) throw new Error(`unexpected status ${res.status}`);
      }
    };
    const clients = Array.from({ length: 8 }, client);
    const victim = running;
    await until(() => acknowledged.length >= 150, 60_000, '150 acknowledged appends');
    victim.process.kill('SIGKILL');
    killed = true;
    await Promise.all(clients);
    expect((await victim.exited).signal).toBe('SIGKILL');
    const acked = [...acknowledged];

    // Restart on the same data dir: every acknowledged probe reads back.
    running = await startStandalone({ DATA_DIR: dataDir });
    await waitReady(running.url);
    for (const id of acked) {
      const res = await fetch(`${running.url}/api/v1/platform/write-probes/${id}`, { headers: auth });
      expect(res.status).toBe(200);
    }

    // SIGTERM while appends are in flight: it drains, exits 0 and releases the data dir; what it
    // acknowledged during the drain is durable too.
    const draining = running;
    const drained: string[] = [];
    let refused = false;
    const drainClient = async () => {
      while (!refused) {
        const res = await fetch(`${draining.url}/api/v1/platform/write-probes`, { method: 'POST', headers: auth }).catch(() => null);
        if (res?.status === 201) drained.push(((await res.json()) as { id: string }).id);
        else refused = true;
      }
    };
    const drainClients = Array.from({ length: 8 }, drainClient);
    await until(() => drained.length >= 20, 30_000, 'appends before SIGTERM');
    draining.process.kill('SIGTERM');
    await Promise.all(drainClients);
    expect(await draining.exited).toEqual({ code: 0, signal: null });
    running = undefined;
    acked.push(...drained);

    // Read the log itself: each acknowledged event exactly once.
    const { store } = await openPgliteEventStore({ dataDir: join(dataDir, 'pglite') });
    try {
      const probes = (await store.readAll({ streamPrefixes: ['platform.write-probe-'] })).map((e) => e.id);
      expect(new Set(probes).size).toBe(probes.length);
      const stored = new Set(probes);
      expect(acked.filter((id) => !stored.has(id))).toEqual([]);
      expect(probes.length).toBeGreaterThanOrEqual(acked.length);
    } finally {
      await store.close();
    }
  }, 180_000);
});
