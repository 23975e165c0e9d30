import { ArchivedEvent, CANONICALIZATION, eventLeafHash } from './archived-event';
import { HASH_SIZE, ProofError, verifyConsistency, verifyInclusion } from './merkle';
import { KeyPeriod, RotationError, describePeriod, followRotations, keyAt } from './key-rotation';
import { NoteError, Verifier, parseCheckpointText, parseNote, parseVerifierKey, verifyCosignature, verifyNoteSignature } from './signed-note';

/**
 * An evidence bundle (AU-2): a case's events across contexts, each with its inclusion proof to one
 * signed checkpoint, the checkpoint with its cosignatures, the keys, and the canonicalization, so
 * an auditor verifies it with no network and no database (Sigstore's bundle, for business records).
 */
export const BUNDLE_FORMAT = 'aftersales-evidence-bundle/1';

export interface BundleEvent {
  /** Archive position: the leaf index. */
  readonly position: number;
  readonly context: string;
  readonly sourcePosition: string;
  readonly event: ArchivedEvent;
  /** base64 H(0x00 || canonical bytes), as the log recorded it. */
  readonly leafHash: string;
  /** base64 hashes, RFC 9162 inclusion proof to the checkpoint, leaf first. */
  readonly inclusionProof: readonly string[];
}

/**
 * A logged key rotation (AU-2): the statement signed by the previous key, and the log event that
 * carries it (`data.statement`), with its inclusion proof to the bundle's checkpoint.
 */
export interface BundleRotation {
  /** The signed note (key-rotation.ts): new key, tree size it signs from, signed by the previous key. */
  readonly statement: string;
  readonly position: number;
  readonly event: ArchivedEvent;
  readonly leafHash: string;
  readonly inclusionProof: readonly string[];
}

export interface EvidenceBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly case: { readonly kind: string; readonly id: string; readonly stream: string; readonly tenantId: string };
  readonly canonicalization: string;
  readonly log: {
    readonly origin: string;
    /** The log's verifier key (`<name>+<hex id>+<base64 key>`). */
    readonly verifierKey: string;
    /** Every key the log has signed with, oldest first (a rotation adds one); the first is where the chain starts. */
    readonly keyHistory: readonly string[];
    /** Each key of keyHistory with the tree sizes it signs (absent in bundles from before rotations). */
    readonly keyPeriods?: readonly KeyPeriod[];
    /** The logged rotations, oldest first: keyHistory[i + 1] is named by rotations[i], signed by keyHistory[i]. */
    readonly rotations?: readonly BundleRotation[];
    /** Witnesses' cosignature/v1 verifier keys. */
    readonly witnessKeys: readonly string[];
  };
  /** The signed note with its cosignatures. */
  readonly checkpoint: string;
  /** Consistency proofs from earlier tree sizes to this checkpoint (asked for with `trustedSize`). */
  readonly consistency: readonly { readonly from: number; readonly proof: readonly string[] }[];
  readonly events: readonly BundleEvent[];
  readonly exportedAt: string;
}

/** What an auditor already trusts: a checkpoint kept from before (and its log's key). */
export interface TrustedCheckpoint {
  readonly checkpoint: string;
  readonly verifierKey: string;
}

export interface BundleSummary {
  readonly case: string;
  readonly events: number;
  readonly contexts: readonly string[];
  readonly treeSize: number;
  readonly checkpointTime: string;
  readonly logKey: string;
  /** Where the log key came from: a trusted checkpoint (pinned) or only the bundle itself. */
  readonly keySource: 'trusted-checkpoint' | 'bundle';
  /** Keys in the followed chain (1 when the log never rotated) and the period of the one that signed. */
  readonly keys: number;
  readonly keyPeriod: string;
  readonly witnesses: readonly string[];
  readonly consistentWithTrusted: number | null;
}

/** Why a bundle was refused: one message per kind of failure. */
export class BundleRejected extends Error {}

function b64hash(value: unknown, what: string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
  if (bytes.length !== HASH_SIZE || bytes.toString('base64') !== value) throw new BundleRejected(`${what} is not a base64 SHA-256 hash`);
  return bytes;
}

function shape(bundle: unknown): EvidenceBundle {
  const b = bundle as Partial<EvidenceBundle> | null;
  if (!b || typeof b !== 'object' || b.format !== BUNDLE_FORMAT) throw new BundleRejected(`not an evidence bundle of format ${BUNDLE_FORMAT}`);
  if (b.canonicalization !== CANONICALIZATION) throw new BundleRejected(`canonicalization ${String(b.canonicalization)} is not one this verifier knows (${CANONICALIZATION})`);
  if (!b.case || !b.log || typeof b.checkpoint !== 'string' || !Array.isArray(b.events) || !Array.isArray(b.consistency)) throw new BundleRejected('the bundle lacks its case, log, checkpoint, consistency or events');
  return b as EvidenceBundle;
}

/**
 * Verifies a bundle offline; throws BundleRejected naming the first failure. With a trusted
 * checkpoint, the log key is pinned by it and the bundle's checkpoint must be as new and consistent.
 */
export function verifyBundle(input: unknown, trusted?: TrustedCheckpoint): BundleSummary {
  const bundle = shape(input);
  const parse = <T>(what: string, read: () => T): T => {
    try {
      return read();
    } catch (err) {
      if (err instanceof NoteError || err instanceof ProofError) throw new BundleRejected(`${what}: ${err.message}`);
      throw err;
    }
  };

  // 1. The keys: the chain from the first key, each rotation signed by the key before it (AU-2).
  const history = Array.isArray(bundle.log.keyHistory) && bundle.log.keyHistory.length > 0 ? bundle.log.keyHistory : [bundle.log.verifierKey];
  const rotations = bundle.log.rotations ?? [];
  if (!Array.isArray(rotations) || !rotations.every((r) => r && typeof r === 'object')) throw new BundleRejected('the bundle\'s rotations are not a list of logged rotations');
  if (![...history, bundle.log.verifierKey, bundle.log.origin].every((k) => typeof k === 'string')) throw new BundleRejected('the bundle\'s log names no origin, key or key history of verifier keys');
  let periods: KeyPeriod[];
  try {
    periods = parse('the key history', () => followRotations(bundle.log.origin, history[0], rotations.map((r) => r?.statement)));
  } catch (err) {
    if (err instanceof RotationError) throw new BundleRejected(err.message);
    throw err;
  }
  const chain = periods.map((p) => p.verifierKey);
  if (chain.length !== history.length || chain.some((k, i) => k !== history[i].trim())) {
    throw new BundleRejected(`the key history (${history.length} keys) is not the chain its rotation statements lead to (${chain.length} keys)`);
  }
  if (bundle.log.keyPeriods && JSON.stringify(bundle.log.keyPeriods) !== JSON.stringify(periods)) {
    throw new BundleRejected('the key periods the bundle states are not the ones its rotation statements name');
  }
  if (bundle.log.verifierKey.trim() !== chain[chain.length - 1]) throw new BundleRejected('the bundle\'s log key is not the last key of its key history');
  if (trusted && !chain.includes(trusted.verifierKey.trim())) {
    throw new BundleRejected(`the bundle's log key ${bundle.log.verifierKey.split('+')[0]} is not the trusted one and no logged rotation leads to it`);
  }
  const verifiers = periods.map((p) => parse('a log key', () => parseVerifierKey(p.verifierKey)));

  // 2. The checkpoint: signed by the key valid at its tree size.
  const note = parse('the checkpoint', () => parseNote(bundle.checkpoint));
  const checkpoint = parse('the checkpoint', () => parseCheckpointText(note.text));
  const period = keyAt(periods, checkpoint.size);
  const logKey: Verifier = verifiers[periods.indexOf(period)];
  const signed = parse('the checkpoint signature', () => verifyNoteSignature(note, logKey));
  if (!signed) {
    const other = periods.findIndex((p, i) => p !== period && (() => { try { return verifyNoteSignature(note, verifiers[i]); } catch { return false; } })());
    if (other >= 0) {
      throw new BundleRejected(
        `the checkpoint (tree size ${checkpoint.size}) is signed by key ${verifiers[other].keyId.toString('hex')}, outside its period (${describePeriod(periods[other])}); key ${logKey.keyId.toString('hex')} signs tree size ${checkpoint.size}`,
      );
    }
    throw new BundleRejected(`the checkpoint is not signed by the log key ${logKey.name} (${logKey.keyId.toString('hex')}): another key signed it`);
  }
  if (checkpoint.origin !== logKey.name) throw new BundleRejected(`the checkpoint is of log ${checkpoint.origin}, not ${logKey.name}`);

  // 3. Witnesses: every cosignature by a listed witness must verify.
  const witnesses: string[] = [];
  for (const vkey of bundle.log.witnessKeys) {
    const witness = parse('a witness key', () => parseVerifierKey(vkey));
    const at = parse(`the cosignature of ${witness.name}`, () => verifyCosignature(note, witness));
    if (at) witnesses.push(witness.name);
  }

  // 4. Against the trusted checkpoint: not older, and the log only grew since.
  let consistentWithTrusted: number | null = null;
  if (trusted) {
    const old = parse('the trusted checkpoint', () => parseNote(trusted.checkpoint));
    const before = parse('the trusted checkpoint', () => parseCheckpointText(old.text));
    const trustedPeriod = keyAt(periods, before.size);
    if (trustedPeriod.verifierKey !== trusted.verifierKey.trim() || !parse('the trusted checkpoint', () => verifyNoteSignature(old, verifiers[periods.indexOf(trustedPeriod)]))) {
      throw new BundleRejected('the trusted checkpoint is not signed by its own log key (the key valid at its tree size)');
    }
    if (before.size > checkpoint.size) throw new BundleRejected(`the bundle's checkpoint (tree size ${checkpoint.size}) is older than the trusted one (tree size ${before.size})`);
    const proof = before.size === checkpoint.size || before.size === 0 ? [] : bundle.consistency.find((c) => c.from === before.size)?.proof;
    if (!proof) throw new BundleRejected(`the bundle has no consistency proof from the trusted tree size ${before.size}; export it with trustedSize=${before.size}`);
    const hashes = proof.map((p, i) => b64hash(p, `consistency proof hash ${i}`));
    try {
      verifyConsistency(before.size, checkpoint.size, before.root, checkpoint.root, hashes);
    } catch (err) {
      if (err instanceof ProofError) throw new BundleRejected(`the bundle's checkpoint is inconsistent with the trusted one: ${err.message}`);
      throw err;
    }
    consistentWithTrusted = before.size;
  }

  // 4b. Each rotation is itself in the log, before the tree size its new key signs from.
  rotations.forEach((rotation, i) => {
    const what = `rotation statement ${i + 1}`;
    const to = periods[i + 1];
    if (!rotation.event || (rotation.event.data as { statement?: unknown } | null)?.statement !== rotation.statement) throw new BundleRejected(`${what} is not carried by its log event`);
    if (!Number.isSafeInteger(rotation.position) || rotation.position >= to.fromSize || rotation.position >= checkpoint.size) {
      throw new BundleRejected(`${what} is logged at position ${rotation.position}, not before tree size ${to.fromSize} and within the checkpoint (${checkpoint.size})`);
    }
    const claimed = b64hash(rotation.leafHash, `the leaf hash of ${what}`);
    const actual = parse(what, () => eventLeafHash(rotation.event, bundle.canonicalization));
    if (!actual.equals(claimed)) throw new BundleRejected(`the log event of ${what} (position ${rotation.position}) was altered: its canonical bytes do not hash to its leaf`);
    const proof = (Array.isArray(rotation.inclusionProof) ? rotation.inclusionProof : []).map((p: string, j: number) => b64hash(p, `inclusion proof hash ${j} of ${what}`));
    try {
      verifyInclusion(rotation.position, checkpoint.size, actual, proof, checkpoint.root);
    } catch (err) {
      if (err instanceof ProofError) throw new BundleRejected(`the inclusion proof of ${what} (position ${rotation.position}) fails: ${err.message}`);
      throw err;
    }
  });

  // 5. The events: in log order, each the leaf it claims to be, each included under the signed root.
  let previous = -1;
  for (const entry of bundle.events) {
    if (!Number.isSafeInteger(entry.position) || entry.position <= previous) {
      throw new BundleRejected(`the events are not in log order: position ${entry.position} comes after ${previous} (reordered or repeated)`);
    }
    previous = entry.position;
    const claimed = b64hash(entry.leafHash, `the leaf hash of event ${entry.event?.id}`);
    const actual = parse(`event ${entry.event?.id}`, () => eventLeafHash(entry.event, bundle.canonicalization));
    if (!actual.equals(claimed)) throw new BundleRejected(`event ${entry.event.id} (position ${entry.position}) was altered: its canonical bytes do not hash to its leaf`);
    const proof = entry.inclusionProof.map((p, i) => b64hash(p, `inclusion proof hash ${i} of event ${entry.event.id}`));
    try {
      verifyInclusion(entry.position, checkpoint.size, actual, proof, checkpoint.root);
    } catch (err) {
      if (err instanceof ProofError) throw new BundleRejected(`the inclusion proof of event ${entry.event.id} (position ${entry.position}) fails: ${err.message}`);
      throw err;
    }
  }

  // 6. The case's own stream is whole: revisions 0, 1, 2, … with none missing.
  const own = bundle.events.filter((e) => e.event.stream === bundle.case.stream).map((e) => Number(e.event.revision));
  own.forEach((revision, i) => {
    if (revision !== i) throw new BundleRejected(`the case stream ${bundle.case.stream} misses revision ${i} (found ${revision} in its place)`);
  });
  if (own.length === 0) throw new BundleRejected(`the bundle holds no event of the case stream ${bundle.case.stream}`);

  return {
    case: `${bundle.case.kind} ${bundle.case.id}`,
    events: bundle.events.length,
    contexts: [...new Set(bundle.events.map((e) => e.context))],
    treeSize: checkpoint.size,
    checkpointTime: checkpoint.time,
    logKey: logKey.name,
    keySource: trusted ? 'trusted-checkpoint' : 'bundle',
    keys: periods.length,
    keyPeriod: `${logKey.keyId.toString('hex')}: ${describePeriod(period)}`,
    witnesses,
    consistentWithTrusted,
  };
}
