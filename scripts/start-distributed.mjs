// Distributed mode without Docker (deploy/local/README.md): every service under services/ except the
// standalone, each as its own process from dist/, on the local infrastructure of `npm run infra:up`.
// Ports 3101, 3102, ... in name order; log lines prefixed with the service. Each service runs in its
// own process group, so a Ctrl-C in the terminal reaches this script only, which forwards one
// SIGINT/SIGTERM to every service (each drains and exits); services still running 40 s later are
// killed (SIGKILL). If one service dies, the others are stopped. Exits with the worst child's code.
// Run through `npm run start:distributed`, which builds first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIRST_PORT = Number(process.env.DISTRIBUTED_FIRST_PORT || 3101);
const DATA_DIR = resolve(root, process.env.DATA_DIR || 'data/distributed');

/** One secret for all services (tokens are checked by each); kept where `npm run token` finds it. */
function jwtSecret() {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = join(DATA_DIR, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

const services = readdirSync(join(root, 'services'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'standalone' && existsSync(join(root, 'services', entry.name, 'src', 'main.ts')))
  .map((entry) => entry.name)
  .sort();
if (services.length === 0) {
  console.error('start-distributed: no services under services/ besides the standalone');
  process.exit(1);
}

const shared = {
  KAFKA_BROKERS: process.env.KAFKA_BROKERS || '127.0.0.1:39092',
  PG_URL: process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  JWT_SECRET: jwtSecret(),
  HOST: process.env.HOST || '127.0.0.1',
};
const KILL_AFTER_MS = 40_000;

/**
 * MONGO_BASE_URL with the service's database put in: `mongodb://h:1/?replicaSet=rs0` (or without the
 * slash, or with a database that is replaced) becomes `mongodb://h:1/aftersales-<service>?replicaSet=rs0`.
 */
function mongoUrlFor(base, name) {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]*)(?:\/[^?]*)?(\?.*)?$/.exec(base);
  if (!match) {
    console.error(`start-distributed: MONGO_BASE_URL ${JSON.stringify(base)} is not a mongodb:// URL`);
    process.exit(1);
  }
  return `${match[1]}/aftersales-${name}${match[2] ?? ''}`;
}
const mongoBase = process.env.MONGO_BASE_URL || 'mongodb://127.0.0.1:37017';

// Every entry point checked before anything starts: none is left running because a later one is missing.
const mains = services.map((name) => join(root, 'dist', 'services', name, 'src', 'main.js'));
const missing = mains.filter((main) => !existsSync(main));
if (missing.length > 0) {
  console.error(`start-distributed: ${missing.join(', ')} missing; run npm run build (npm run start:distributed does)`);
  process.exit(1);
}

const width = Math.max(...services.map((s) => s.length));
const children = new Map();
let stopping = false;
/** The worst exit: 0 when all went well, else the highest code (a signal counts as 128 + its number, 1 if unknown). */
let worst = 0;

function prefixLines(stream, name, out) {
  const tag = `[${name.padEnd(width)}] `;
  createInterface({ input: stream }).on('line', (line) => out.write(tag + line + '\n'));
}

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** Signals every service's process group once; a second request is ignored (the services drain). */
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) signalGroup(child, signal);
  setTimeout(() => {
    for (const [name, child] of children) {
      console.error(`start-distributed: ${name} still running ${KILL_AFTER_MS / 1000} s after ${signal}; killing it`);
      signalGroup(child, 'SIGKILL');
    }
  }, KILL_AFTER_MS).unref();
}

function signalGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

services.forEach((name, i) => {
  const port = String(FIRST_PORT + i);
  const child = spawn(process.execPath, [mains[i]], {
    cwd: root,
    // The service's own database: its read models and checkpoints (ARCHITECTURE.md "Delivery").
    env: { ...process.env, ...shared, PORT: port, MONGO_URL: mongoUrlFor(mongoBase, name) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches this script only, which forwards it once.
    detached: true,
  });
  children.set(name, child);
  prefixLines(child.stdout, name, process.stdout);
  prefixLines(child.stderr, name, process.stderr);
  child.on('error', (err) => console.error(`start-distributed: ${name}: ${err.message}`));
  child.on('exit', (code, signal) => {
    children.delete(name);
    const status = code ?? (signal ? 128 + (SIGNAL_NUMBERS[signal] ?? 0) : 1);
    worst = Math.max(worst, status);
    if (!stopping) {
      console.error(`start-distributed: ${name} exited (code ${code}, signal ${signal}); stopping the others`);
      worst = Math.max(worst, 1);
      stopAll('SIGTERM');
    }
    if (children.size === 0) process.exit(worst);
  });
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal));
// Should this script die anyway, its services (in their own groups) must not outlive it.
process.on('exit', () => {
  for (const child of children.values()) signalGroup(child, 'SIGKILL');
});

console.log(
  [
    `start-distributed: ${services.map((s, i) => `${s} on http://${shared.HOST}:${FIRST_PORT + i}`).join(', ')}`,
    `  Kafka ${shared.KAFKA_BROKERS}, Mongo ${mongoUrlFor(mongoBase, '<service>').replace(/:[^:@/]*@/, ':***@')}, PostgreSQL ${shared.PG_URL.replace(/:[^:@/]*@/, ':***@')}`,
    `  tokens: DATA_DIR=${DATA_DIR} npm run token -- --role customer_service --tenant acme`,
  ].join('\n'),
);
