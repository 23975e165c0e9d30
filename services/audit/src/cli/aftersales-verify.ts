/**
 * `aftersales-verify bundle.json [--trusted-checkpoint old.json]`: verifies an evidence bundle with
 * no network and no database (AU-2, docs/audit.md). Exit 0 with a summary; 1 naming what failed;
 * 2 for a usage error.
 *
 * `--trusted-checkpoint` is a checkpoint the auditor kept from before: the answer of
 * GET /api/v1/audit/log/checkpoint (`note` and `verifierKey`) or an earlier bundle. It pins the
 * log's key, and the bundle's checkpoint must be as new and consistent with it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BundleRejected, TrustedCheckpoint, verifyBundle } from '@aftersales/verifiable-log';

class UsageError extends Error {}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the ${what} ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BundleRejected(`the ${what} ${file} is not JSON`);
  }
}

/** A kept checkpoint: `{ note, verifierKey }` as the API answers, or a bundle's `{ checkpoint, log.verifierKey }`. */
function trustedFrom(value: unknown): TrustedCheckpoint {
  const v = value as { note?: unknown; checkpoint?: unknown; verifierKey?: unknown; log?: { verifierKey?: unknown } } | null;
  const checkpoint = typeof v?.note === 'string' ? v.note : v?.checkpoint;
  const verifierKey = typeof v?.verifierKey === 'string' ? v.verifierKey : v?.log?.verifierKey;
  if (typeof checkpoint !== 'string' || typeof verifierKey !== 'string') throw new BundleRejected('the trusted checkpoint holds no signed note and verifier key');
  return { checkpoint, verifierKey };
}

/** Runs the verifier; returns the exit code and what it printed. */
export function run(argv: string[]): { code: number; out: string } {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'trusted-checkpoint': { type: 'string' } } });
    if (positionals.length !== 1) throw new UsageError('usage: aftersales-verify bundle.json [--trusted-checkpoint old.json]');
    const trusted = values['trusted-checkpoint'] ? trustedFrom(readJson(values['trusted-checkpoint'], 'trusted checkpoint')) : undefined;
    const summary = verifyBundle(readJson(positionals[0], 'bundle'), trusted);
    const lines = [
      `OK: ${summary.case}: ${summary.events} events (${summary.contexts.join(', ')}) are in the log of ${summary.logKey} at tree size ${summary.treeSize}, signed ${summary.checkpointTime}`,
      summary.keySource === 'trusted-checkpoint' ? `log key pinned by the trusted checkpoint; consistent with its tree size ${summary.consistentWithTrusted}` : 'log key taken from the bundle itself: compare it with the published one, or pass --trusted-checkpoint',
      summary.keys > 1
        ? `key chain of ${summary.keys} keys followed from the first through its logged rotations; the checkpoint's key ${summary.keyPeriod}`
        : 'one log key (no rotation)',
      summary.witnesses.length > 0 ? `cosigned by ${summary.witnesses.join(', ')}` : 'no witness cosignature',
    ];
    return { code: 0, out: `${lines.join('\n')}\n` };
  } catch (err) {
    if (err instanceof UsageError) return { code: 2, out: `${err.message}\n` };
    if (err instanceof BundleRejected) return { code: 1, out: `REFUSED: ${err.message}\n` };
    const message = err instanceof Error ? err.message : String(err);
    return { code: 2, out: `${message}\n` };
  }
}

/** The bin's entry point (bin/aftersales-verify.js). */
export function main(argv: string[] = process.argv.slice(2)): void {
  const { code, out } = run(argv);
  (code === 0 ? process.stdout : process.stderr).write(out);
  process.exitCode = code;
}

if (require.main === module) main();
