import { KeyObject, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceStoreSetting } from './source-stores.config';
import { NoteSigner, SIGNATURE_TYPE, Verifier, ed25519PrivateKey, parseVerifierKey, signerVerifierKey } from '@aftersales/verifiable-log';

export const LOG_KEYS = Symbol('AuditLogKeys');

/** Where the audit log's signing key comes from, and who may cosign (ADR 014). */
export interface AuditLogOptions {
  /** The checkpoint origin and the log key's name (c2sp.org/tlog-checkpoint), e.g. `acme.example/aftersales-audit`. */
  readonly origin: string;
  /** A PKCS#8 PEM file with the Ed25519 signing key (distributed mode: from configuration). */
  readonly signingKeyFile?: string;
  /** The standalone's data dir: the key is generated into `<dataDir>/audit/log-signing-key.pem` on first start. */
  readonly dataDir?: string;
  /** Witnesses' verifier keys (cosignature/v1, `<name>+<id>+<key>`): only their cosignatures are stored. */
  readonly witnessKeys?: readonly string[];
  /** How often a checkpoint is signed when the log grew (ms). */
  readonly checkpointIntervalMs?: number;
  /**
   * Where the record comes from (AU-1): `event-store` (the standalone: every stream of the one
   * event store, as a projection) or `record-topics` (a service: every context's
   * `aftersales.<context>.record` from Kafka). Default `event-store`.
   */
  readonly follow?: 'event-store' | 'record-topics';
  /** The other contexts' event stores verify reads back (a service; AUDIT_SOURCE_STORES), opened by the composition root. */
  readonly sourceStores?: readonly SourceStoreSetting[];
}

/** The log's signer, its public verifier key, and the witnesses it accepts cosignatures from. */
export interface LogKeys {
  readonly origin: string;
  readonly signer: NoteSigner;
  readonly verifierKey: string;
  readonly verifier: Verifier;
  readonly witnesses: readonly Verifier[];
  /** The same witnesses as verifier keys (what a bundle carries). */
  readonly witnessKeys: readonly string[];
}

export function signingKeyFileOf(dataDir: string): string {
  return join(dataDir, 'audit', 'log-signing-key.pem');
}

/** Reads the key file, or creates it (mode 0600) when it does not exist; never overwrites one. */
function loadOrCreateKey(file: string): KeyObject {
  try {
    return ed25519PrivateKey(readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dirname(file), { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return ed25519PrivateKey(readFileSync(file, 'utf8'));
}

export function loadLogKeys(options: AuditLogOptions): LogKeys {
  let privateKey: KeyObject;
  if (options.signingKeyFile) privateKey = ed25519PrivateKey(readFileSync(options.signingKeyFile, 'utf8'));
  else if (options.dataDir) privateKey = loadOrCreateKey(signingKeyFileOf(options.dataDir));
  else throw new Error('the audit log needs a signing key: AUDIT_SIGNING_KEY_FILE (or the standalone data dir)');
  const signer = { name: options.origin, privateKey };
  const verifierKey = signerVerifierKey(signer);
  const witnesses = (options.witnessKeys ?? []).map((vkey) => {
    const witness = parseVerifierKey(vkey);
    if (witness.type !== SIGNATURE_TYPE.cosignatureV1) throw new Error(`witness key ${witness.name} is not a cosignature/v1 key`);
    return witness;
  });
  return { origin: options.origin, signer, verifierKey, verifier: parseVerifierKey(verifierKey), witnesses, witnessKeys: (options.witnessKeys ?? []).map((k) => k.trim()) };
}
