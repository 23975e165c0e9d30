import { KeyObject, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { HASH_SIZE, sha256 } from './merkle';

/**
 * Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint) signed with
 * Ed25519, and witness cosignatures per c2sp.org/tlog-cosignature (cosignature/v1): the formats
 * transparency logs and their witnesses already speak, so an auditor's tooling needs nothing of ours
 * to check them (ADR 014).
 */

/** Signature types of the key id: 0x01 a note signature (Ed25519), 0x04 a cosignature/v1. */
export const SIGNATURE_TYPE = { ed25519: 0x01, cosignatureV1: 0x04 } as const;
export type SignatureType = (typeof SIGNATURE_TYPE)[keyof typeof SIGNATURE_TYPE];

const SIGNATURE_PREFIX = '\u2014 ';
const COSIGNATURE_HEADER = 'cosignature/v1\n';

export class NoteError extends Error {}

/** The 32 raw bytes of an Ed25519 public key. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new NoteError('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new NoteError(`an Ed25519 public key is 32 bytes, not ${raw.length}`);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

/** SHA-256(name || 0x0A || type || public key)[:4] (c2sp.org/signed-note). */
export function keyId(name: string, type: SignatureType, raw: Uint8Array): Buffer {
  return sha256(Buffer.from(`${name}\n`, 'utf8'), Buffer.from([type]), raw).subarray(0, 4);
}

function checkKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name)) throw new NoteError(`"${name}" is not a key name (non-empty, no spaces, no '+')`);
}

/** A signer: a key name and its Ed25519 private key. */
export interface NoteSigner {
  readonly name: string;
  readonly privateKey: KeyObject;
}

/** A verifier key, as signed-note tools share them: `<name>+<hex key id>+<base64(type || public key)>`. */
export function verifierKey(name: string, publicKey: KeyObject, type: SignatureType = SIGNATURE_TYPE.ed25519): string {
  checkKeyName(name);
  const raw = rawPublicKey(publicKey);
  return `${name}+${keyId(name, type, raw).toString('hex')}+${Buffer.concat([Buffer.from([type]), raw]).toString('base64')}`;
}

export interface Verifier {
  readonly name: string;
  readonly keyId: Buffer;
  readonly type: SignatureType;
  readonly publicKey: KeyObject;
}

export function parseVerifierKey(vkey: string): Verifier {
  // The base64 key may itself hold '+': split at the first two only.
  const [name, hex, ...key] = vkey.trim().split('+');
  const b64 = key.join('+');
  if (!hex || !b64 || !/^[0-9a-fA-F]{8}$/.test(hex)) throw new NoteError('a verifier key is <name>+<hex key id>+<base64 key>');
  checkKeyName(name);
  const bytes = Buffer.from(b64, 'base64');
  const type = bytes[0];
  if (type !== SIGNATURE_TYPE.ed25519 && type !== SIGNATURE_TYPE.cosignatureV1) throw new NoteError(`signature type ${type} is not Ed25519 (1) or cosignature/v1 (4)`);
  const raw = bytes.subarray(1);
  const id = keyId(name, type, raw);
  if (id.toString('hex') !== hex.toLowerCase()) throw new NoteError(`the verifier key of ${name} does not match its key id ${hex}`);
  return { name, keyId: id, type, publicKey: publicKeyFromRaw(raw) };
}

/** The verifier key of a signer's private key. */
export function signerVerifierKey(signer: NoteSigner, type: SignatureType = SIGNATURE_TYPE.ed25519): string {
  return verifierKey(signer.name, createPublicKey(signer.privateKey), type);
}

export interface NoteSignature {
  readonly name: string;
  readonly keyId: Buffer;
  readonly signature: Buffer;
  /** The line as it stands in the note (without its newline). */
  readonly line: string;
}

export interface Note {
  /** The signed text, ending in a newline. */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

/** Splits a signed note into its text and signature lines (refuses anything malformed). */
export function parseNote(note: string): Note {
  if (!note.endsWith('\n')) throw new NoteError('a signed note ends with a newline');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('a signed note has a blank line between its text and its signatures');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.length > 100) throw new NoteError('a signed note carries at most 100 signatures');
  const signatures = lines.map((line) => {
    if (!line.startsWith(SIGNATURE_PREFIX)) throw new NoteError(`"${line}" is not a signature line`);
    const [name, b64, ...rest] = line.slice(SIGNATURE_PREFIX.length).split(' ');
    if (!name || !b64 || rest.length > 0) throw new NoteError(`"${line}" is not a signature line`);
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length < 5 || bytes.toString('base64') !== b64) throw new NoteError(`the signature of ${name} is not base64`);
    return { name, keyId: bytes.subarray(0, 4), signature: bytes.subarray(4), line };
  });
  if (signatures.length === 0) throw new NoteError('a signed note has at least one signature');
  return { text, signatures };
}

function signatureLine(name: string, id: Buffer, signature: Buffer): string {
  return `${SIGNATURE_PREFIX}${name} ${Buffer.concat([id, signature]).toString('base64')}`;
}

function checkText(text: string): void {
  const control = [...text].some((c) => c !== '\n' && c.charCodeAt(0) < 0x20);
  if (!text.endsWith('\n') || text.includes('\n\n') || control) {
    throw new NoteError('a note text ends with a newline, has no blank line and no control characters');
  }
}

/** Signs `text` (ending in a newline) as a new note. */
export function signNote(text: string, signer: NoteSigner): string {
  checkText(text);
  checkKeyName(signer.name);
  const raw = rawPublicKey(createPublicKey(signer.privateKey));
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  return `${text}\n${signatureLine(signer.name, keyId(signer.name, SIGNATURE_TYPE.ed25519, raw), signature)}\n`;
}

/** Adds signature lines (cosignatures) to a note, keeping the ones it has. */
export function addSignatureLines(note: string, lines: readonly string[]): string {
  const parsed = parseNote(note);
  const have = new Set(parsed.signatures.map((s) => s.line));
  return `${parsed.text}\n${[...parsed.signatures.map((s) => s.line), ...lines.filter((l) => !have.has(l))].join('\n')}\n`;
}

/** True when the note carries a valid Ed25519 signature by this verifier; a bad one by its key throws. */
export function verifyNoteSignature(note: Note, verifier: Verifier): boolean {
  if (verifier.type !== SIGNATURE_TYPE.ed25519) throw new NoteError(`${verifier.name}'s key is not a note-signing key`);
  const mine = note.signatures.find((s) => s.name === verifier.name && s.keyId.equals(verifier.keyId));
  if (!mine) return false;
  if (!verify(null, Buffer.from(note.text, 'utf8'), verifier.publicKey, mine.signature)) throw new NoteError(`the signature of ${verifier.name} does not verify`);
  return true;
}

function cosignedMessage(text: string, time: bigint): Buffer {
  return Buffer.from(`${COSIGNATURE_HEADER}time ${time}\n${text}`, 'utf8');
}

/** A witness's cosignature line (cosignature/v1) on a checkpoint note, at `time` (seconds since the epoch). */
export function cosignatureLine(note: string, witness: NoteSigner, time: Date): string {
  checkKeyName(witness.name);
  const { text } = parseNote(note);
  const seconds = BigInt(Math.floor(time.getTime() / 1000));
  const raw = rawPublicKey(createPublicKey(witness.privateKey));
  const stamp = Buffer.alloc(8);
  stamp.writeBigUInt64BE(seconds);
  const signature = sign(null, cosignedMessage(text, seconds), witness.privateKey);
  return signatureLine(witness.name, keyId(witness.name, SIGNATURE_TYPE.cosignatureV1, raw), Buffer.concat([stamp, signature]));
}

/** The time a witness cosigned, when the note carries its valid cosignature; null when it carries none; throws for a bad one. */
export function verifyCosignature(note: Note, witness: Verifier): Date | null {
  if (witness.type !== SIGNATURE_TYPE.cosignatureV1) throw new NoteError(`${witness.name}'s key is not a cosignature/v1 key`);
  const line = note.signatures.find((s) => s.name === witness.name && s.keyId.equals(witness.keyId));
  if (!line) return null;
  if (line.signature.length !== 72) throw new NoteError(`the cosignature of ${witness.name} is not a timestamp and an Ed25519 signature`);
  const seconds = line.signature.readBigUInt64BE(0);
  if (!verify(null, cosignedMessage(note.text, seconds), witness.publicKey, line.signature.subarray(8))) throw new NoteError(`the cosignature of ${witness.name} does not verify`);
  return new Date(Number(seconds) * 1000);
}

/** A checkpoint's body (c2sp.org/tlog-checkpoint): origin, tree size, root hash, then extension lines. */
export interface CheckpointBody {
  readonly origin: string;
  readonly size: number;
  readonly root: Buffer;
  /** When the log signed it: the extension line `time <ISO-8601 UTC>`. */
  readonly time: string;
}

const TIME_LINE = /^time (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z)$/;

export function checkpointText(body: CheckpointBody): string {
  if (body.origin.length === 0 || /[\n]/.test(body.origin)) throw new NoteError('a checkpoint origin is one non-empty line');
  if (!TIME_LINE.test(`time ${body.time}`)) throw new NoteError(`${body.time} is not an ISO-8601 UTC time`);
  return `${body.origin}\n${body.size}\n${body.root.toString('base64')}\ntime ${body.time}\n`;
}

/** Reads a checkpoint note's text (refuses anything but our four lines). */
export function parseCheckpointText(text: string): CheckpointBody {
  const lines = text.split('\n');
  if (lines.length !== 5 || lines[4] !== '') throw new NoteError('a checkpoint is origin, tree size, root hash and time, one a line');
  const [origin, sizeLine, rootLine, timeLine] = lines;
  if (!/^(0|[1-9]\d{0,15})$/.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) throw new NoteError(`"${sizeLine}" is not a tree size`);
  const root = Buffer.from(rootLine, 'base64');
  if (root.length !== HASH_SIZE || root.toString('base64') !== rootLine) throw new NoteError('the root hash is not 32 bytes of base64');
  const time = TIME_LINE.exec(timeLine);
  if (!time) throw new NoteError('the checkpoint has no time line');
  return { origin, size: Number(sizeLine), root, time: time[1] };
}

/** A private key from PKCS#8 PEM, checked to be Ed25519. */
export function ed25519PrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new NoteError(`the key is ${key.asymmetricKeyType}, not Ed25519`);
  return key;
}

/**
 * What a witness does before it cosigns (AU-2, `audit cosign`): checks the log's signature and that
 * the checkpoint is the log's, then returns its cosignature/v1 line.
 */
export function cosignCheckpoint(note: string, logVerifierKey: string, witness: NoteSigner, now: Date): string {
  const parsed = parseNote(note);
  const logKey = parseVerifierKey(logVerifierKey);
  if (!verifyNoteSignature(parsed, logKey)) throw new NoteError(`the checkpoint carries no signature of ${logKey.name}: not cosigned`);
  const checkpoint = parseCheckpointText(parsed.text);
  if (checkpoint.origin !== logKey.name) throw new NoteError(`the checkpoint's origin ${checkpoint.origin} is not the log ${logKey.name}`);
  return cosignatureLine(note, witness, now);
}
