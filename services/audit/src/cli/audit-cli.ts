/**
 * `audit`: the audit log's command line (AU-2, docs/audit.md).
 *
 *   audit keygen --name <witness name> --out <key.pem>
 *       a witness's Ed25519 key (PKCS#8, mode 0600); prints its cosignature/v1 verifier key, which
 *       the log's operator adds to AUDIT_WITNESS_KEYS
 *   audit cosign --key <key.pem> --name <witness name> --log-key <log verifier key> <checkpoint file>
 *       checks the log's signature on the checkpoint, then prints the witness's cosignature line
 *       (offline: no network, no database); POST it to /api/v1/audit/log/cosignatures
 *   audit rotate-key --name <log origin> --old <old key.pem> --new <new key.pem> --from <tree size>
 *       the key rotation statement (AU-2): a signed note by the old log key naming the new key and the
 *       tree size from which it signs checkpoints (offline); it goes into the log as an event
 *   audit verify --url <base url> --token <bearer token> [--background [--tree-size <n>] [--poll-ms <ms>]]
 *       asks a running service to verify its log (admin); exit 0 when it verifies, 1 otherwise.
 *       --background starts a verification that runs in the service (POST …/log/verifications) and
 *       polls it until it is done, printing its progress to stderr: for logs too long for one request
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SIGNATURE_TYPE, cosignCheckpoint, ed25519PrivateKey, signRotation, signerVerifierKey } from '@aftersales/verifiable-log';

export class UsageError extends Error {}

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`--${name} is required`);
  return value;
}

export function keygen(args: string[]): string {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, out: { type: 'string' } } });
  const name = required(values, 'name');
  const privateKey = generateKeyPairSync('ed25519').privateKey;
  writeFileSync(required(values, 'out'), privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  return signerVerifierKey({ name, privateKey }, SIGNATURE_TYPE.cosignatureV1);
}

/** The cosignature line of a witness on a checkpoint whose log signature it checked first. */
export function cosign(args: string[], now: Date = new Date()): string {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { key: { type: 'string' }, name: { type: 'string' }, 'log-key': { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('name one checkpoint file (the `note` of GET /api/v1/audit/log/checkpoint)');
  const witness = { name: required(values, 'name'), privateKey: ed25519PrivateKey(readFileSync(required(values, 'key'), 'utf8')) };
  return cosignCheckpoint(readFileSync(positionals[0], 'utf8'), required(values, 'log-key'), witness, now);
}

/** The rotation statement from the old log key to the new one, from tree size `--from` (signed by the old key). */
export function rotateKey(args: string[], now: Date = new Date()): string {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, old: { type: 'string' }, new: { type: 'string' }, from: { type: 'string' } } });
  const name = required(values, 'name');
  const from = required(values, 'from');
  if (!/^[1-9]\d{0,15}$/.test(from)) throw new UsageError(`--from ${from} is not a tree size (a positive integer)`);
  const previous = { name, privateKey: ed25519PrivateKey(readFileSync(required(values, 'old'), 'utf8')) };
  const next = { name, privateKey: ed25519PrivateKey(readFileSync(required(values, 'new'), 'utf8')) };
  if (signerVerifierKey(previous) === signerVerifierKey(next)) throw new UsageError('the new key is the old one');
  return signRotation(previous, next, Number(from), now);
}

interface RemoteVerification {
  readonly id: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly progress: { readonly checked: number; readonly total: number };
  readonly report: { readonly ok?: boolean } | null;
  readonly error: string | null;
}

export interface VerifyOptions {
  /** Where progress lines go (stderr from the command line). */
  readonly progress?: (line: string) => void;
  /** Waits between polls (a timer from the command line). */
  readonly wait?: (ms: number) => Promise<void>;
}

export async function verifyRemote(args: string[], options: VerifyOptions = {}): Promise<{ ok: boolean; report: unknown }> {
  const { values } = parseArgs({
    args,
    options: { url: { type: 'string' }, token: { type: 'string' }, background: { type: 'boolean' }, 'tree-size': { type: 'string' }, 'poll-ms': { type: 'string' } },
  });
  const url = required(values, 'url');
  const authorization = `Bearer ${required(values, 'token').replace(/^Bearer\s+/i, '')}`;
  if (!values.background) {
    if (values['tree-size'] !== undefined || values['poll-ms'] !== undefined) throw new UsageError('--tree-size and --poll-ms go with --background');
    const response = await fetch(new URL('/api/v1/audit/log/verify', url), { method: 'POST', headers: { authorization } });
    const report = (await response.json()) as { ok?: boolean };
    if (!response.ok) throw new Error(`verify answered ${response.status}: ${JSON.stringify(report)}`);
    return { ok: report.ok === true, report };
  }
  const treeSize = values['tree-size'];
  if (treeSize !== undefined && !/^[1-9]\d{0,15}$/.test(treeSize)) throw new UsageError(`--tree-size ${treeSize} is not a tree size (a positive integer)`);
  const pollMs = Number(values['poll-ms'] ?? '2000');
  if (!Number.isInteger(pollMs) || pollMs < 10) throw new UsageError(`--poll-ms ${values['poll-ms']} is not a number of milliseconds (10 or more)`);
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const started = await fetch(new URL('/api/v1/audit/log/verifications', url), {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(treeSize === undefined ? {} : { treeSize: Number(treeSize) }),
  });
  const body = (await started.json()) as RemoteVerification;
  if (started.status !== 202) throw new Error(`starting a verification answered ${started.status}: ${JSON.stringify(body)}`);
  const location = new URL(started.headers.get('location') ?? `/api/v1/audit/log/verifications/${body.id}`, url);
  let verification = body;
  while (verification.status === 'running') {
    options.progress?.(`verification ${verification.id}: ${verification.progress.checked} of ${verification.progress.total} positions checked`);
    await wait(pollMs);
    const polled = await fetch(location, { headers: { authorization } });
    verification = (await polled.json()) as RemoteVerification;
    if (!polled.ok) throw new Error(`reading verification ${body.id} answered ${polled.status}: ${JSON.stringify(verification)}`);
  }
  if (verification.status === 'failed') throw new Error(`verification ${verification.id} failed: ${verification.error ?? 'no reason given'}`);
  return { ok: verification.report?.ok === true, report: verification.report };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'keygen':
      process.stdout.write(`${keygen(args)}\n`);
      return 0;
    case 'cosign':
      process.stdout.write(`${cosign(args)}\n`);
      return 0;
    case 'rotate-key':
      process.stdout.write(rotateKey(args));
      return 0;
    case 'verify': {
      const { ok, report } = await verifyRemote(args, { progress: (line) => process.stderr.write(`${line}\n`) });
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return ok ? 0 : 1;
    }
    default:
      throw new UsageError('usage: audit keygen | cosign | rotate-key | verify (see docs/audit.md)');
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`audit: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}
