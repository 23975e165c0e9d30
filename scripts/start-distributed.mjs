// Distributed mode without Docker (deploy/local/README.md): every service under services/ except the
// standalone, each as its own process from dist/, on the local infrastructure of `npm run infra:up`.
// Ports 3101, 3102, ... in name order; log lines prefixed with the service; SIGINT/SIGTERM go to every
// service (each drains and exits); if one service dies, the others are stopped and this exits 1.
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
const mongoBase = (process.env.MONGO_BASE_URL || 'mongodb://127.0.0.1:37017').replace(/\/+$/, '');

const width = Math.max(...services.map((s) => s.length));
const children = new Map();
let stopping = false;

function prefixLines(stream, name, out) {
  const tag = `[${name.padEnd(width)}] `;
  createInterface({ input: stream }).on('line', (line) => out.write(tag + line + '\n'));
}

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}

services.forEach((name, i) => {
  const main = join(root, 'dist', 'services', name, 'src', 'main.js');
  if (!existsSync(main)) {
    console.error(`start-distributed: ${main} is missing; run npm run build (npm run start:distributed does)`);
    process.exit(1);
  }
  const port = String(FIRST_PORT + i);
  const child = spawn(process.execPath, [main], {
    cwd: root,
    // The service's own database: its read models and checkpoints (ARCHITECTURE.md "Delivery").
    env: { ...process.env, ...shared, PORT: port, MONGO_URL: `${mongoBase}/aftersales-${name}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.set(name, child);
  prefixLines(child.stdout, name, process.stdout);
  prefixLines(child.stderr, name, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`start-distributed: ${name} exited (code ${code}, signal ${signal}); stopping the others`);
      process.exitCode = 1;
      stopAll('SIGTERM');
    }
    if (children.size === 0) process.exit(process.exitCode ?? 0);
  });
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));

console.log(
  [
    `start-distributed: ${services.map((s, i) => `${s} on http://${shared.HOST}:${FIRST_PORT + i}`).join(', ')}`,
    `  Kafka ${shared.KAFKA_BROKERS}, Mongo ${mongoBase}/aftersales-<service>, PostgreSQL ${shared.PG_URL.replace(/:[^:@/]*@/, ':***@')}`,
    `  tokens: DATA_DIR=${DATA_DIR} npm run token -- --role customer_service --tenant acme`,
  ].join('\n'),
);
