import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** Where the spawned services' PIDs are written (one a line), beside what deploy/local/infra.sh records. */
export function servicePidFile(): string {
  return join(resolve(REPO_ROOT, process.env.AFTERSALES_RUN_DIR || join('deploy', 'local', '.run')), 'services.pids');
}

/** Services this process started and that have not exited yet. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Records a spawned service (PID file, and the kill-on-exit set); forgets it once it exited. */
function recordPid(child: ChildProcess): void {
  if (child.pid === undefined) return;
  const pid = child.pid;
  live.add(child);
  try {
    mkdirSync(join(servicePidFile(), '..'), { recursive: true });
    appendFileSync(servicePidFile(), `${pid}\n`);
  } catch {
    // The PID file is a help for cleaning up after a crashed run, not a condition for running.
  }
  child.once('exit', () => {
    live.delete(child);
    try {
      const left = readFileSync(servicePidFile(), 'utf8').split('\n').filter((line) => line !== '' && line !== String(pid));
      writeFileSync(servicePidFile(), left.map((line) => `${line}\n`).join(''));
    } catch {
      // As above.
    }
  });
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A test run that ends (or is interrupted) must not leave services behind holding ports and groups.
    process.on('exit', () => {
      for (const service of live) {
        if (service.exitCode === null && service.signalCode === null) service.kill('SIGKILL');
      }
    });
  }
}

/** Where `npm run build` puts a service's entry point. */
export function serviceMain(service: string): string {
  return join(REPO_ROOT, 'dist', 'services', service, 'src', 'main.js');
}

/** Compiles the services exactly as `npm run start:distributed` does. */
export function buildOnce(): void {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

export interface RunningService {
  readonly name: string;
  readonly process: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/services/<service>/src/main.js` as its own OS process; resolves once it prints that it listens. */
export function startService(service: string, env: Record<string, string>, timeoutMs = 60_000): Promise<RunningService> {
  const child = spawn(process.execPath, [serviceMain(service)], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  recordPid(child);
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${service} did not start within ${timeoutMs} ms; output:\n${output}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ name: service, process: child, url: match[1], output: () => output, exited });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${service} exited (code ${code}, signal ${signal}) before listening; output:\n${output}`));
    });
  });
}

/**
 * startService, recorded in `running` (for the suite's afterEach to stop, even when it never gets
 * ready), then waitReady: resolves once /health/ready answers 200.
 */
export async function startReadyService(service: string, env: Record<string, string>, running: RunningService[]): Promise<RunningService> {
  const started = await startService(service, env);
  running.push(started);
  await waitReady(started.url);
  return started;
}

/** SIGKILL, and wait for the process to be gone. */
export async function killHard(service: RunningService | undefined): Promise<void> {
  if (!service || service.process.exitCode !== null || service.process.signalCode !== null) return;
  service.process.kill('SIGKILL');
  await service.exited;
}

/**
 * SIGTERM (the service drains and exits 0), then waits up to `timeoutMs` (default 40 s) for it to
 * exit; one still running then is killed (SIGKILL). Resolves with how it exited.
 */
export async function stopGracefully(
  service: RunningService | undefined,
  timeoutMs = 40_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean } | undefined> {
  if (!service) return undefined;
  if (service.process.exitCode !== null || service.process.signalCode !== null) return { ...(await service.exited), killed: false };
  service.process.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([
    service.exited.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (!inTime) service.process.kill('SIGKILL');
  return { ...(await service.exited), killed: !inTime };
}

export interface Readiness {
  readonly status: number;
  readonly body: { status: string; checks: Record<string, string> };
}

export async function readiness(url: string): Promise<Readiness> {
  const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Readiness['body'] };
}

export async function waitReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await readiness(url).catch(() => null);
    if (state?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} not ready within ${timeoutMs} ms (last: ${JSON.stringify(state)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Polls an asynchronous condition until it holds. */
/**
 * Polls until `check` holds. A check that throws (a fetch timeout, a broker hiccup, a 5xx while a
 * service restarts) counts as "not yet"; the last such error is in the timeout's message.
 */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, intervalMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const cause = lastError === null ? '' : ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
