/** Child processes (the built standalone, the bare endpoint) and what the bench reads of them. */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { MAIN_JS, REPO_ROOT } from './compiled';

export interface Child {
  readonly process: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function spawnChild(command: string, args: string[], env: Record<string, string>, port: number): Child {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `node dist/.../main.js` on DATA_DIR, as `npm start` runs it. */
export function spawnStandalone(dataDir: string, secret: string, port: number): Child {
  return spawnChild(process.execPath, [MAIN_JS], { DATA_DIR: dataDir, JWT_SECRET: secret }, port);
}

export function spawnBare(port: number): Child {
  return spawnChild(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'bare-endpoint.ts')], {}, port);
}

/** Awaits `GET url` answering `status`, asking every `everyMs`; the child's death ends the wait. */
export async function untilStatus(child: Child, path: string, status: number, everyMs = 20, timeoutMs = 3_600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`${path}: the process exited (${child.process.exitCode ?? child.process.signalCode}); output:\n${child.output()}`);
    }
    try {
      const res = await fetch(child.url + path);
      await res.arrayBuffer();
      if (res.status === status) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${path} did not answer ${status} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Resident set size in bytes (VmRSS). */
export function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

/** CPU seconds (user + system) the process has used; /proc/<pid>/stat counts in USER_HZ = 100 ticks. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of proc(5); fields[0] here is field 3 (state).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export interface LoadResult {
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
  readonly failed: number;
  /** Requests set up, answered or not (some are still in the server when the window ends). */
  readonly issued: number;
}

/** The Idempotency-Key of the n-th request of a load; the complaint's id derives from it. */
export const idempotencyKey = (correlationPrefix: string, n: number) => `bench-${correlationPrefix}-${process.pid}-${n}`;

/**
 * Posts a complaint per request from `connections` connections for `seconds`; `body(n)` makes the
 * n-th body (a fresh serial), and every request carries a fresh Idempotency-Key.
 */
export async function postLoad(options: {
  url: string;
  headers: Record<string, string>;
  body: (n: number) => object;
  connections: number;
  seconds: number;
  correlationPrefix: string;
}): Promise<LoadResult> {
  let n = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/complaints',
        setupRequest: (request) => {
          const i = n++;
          return {
            ...request,
            headers: {
              ...options.headers,
              'content-type': 'application/json',
              'idempotency-key': idempotencyKey(options.correlationPrefix, i),
              'x-correlation-id': `${options.correlationPrefix}-${i}`,
            },
            body: JSON.stringify(options.body(i)),
          };
        },
      },
    ],
  });
  return {
    reqPerSec: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    issued: n,
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
