import { NoteError, NoteSigner, parseNote, parseVerifierKey, signNote, signerVerifierKey, verifyNoteSignature } from './signed-note';

/**
 * Key rotation of the log's signing key (AU-2, ADR 014): a rotation statement is a C2SP signed note,
 * signed by the key it replaces, naming the new key and the tree size from which the new key signs.
 * It is appended to the log as an event, so the rotation is itself covered by the Merkle log, and
 * bundles carry the statements so an auditor follows the chain of keys from the first (trusted) one.
 *
 *     aftersales-key-rotation/v1
 *     <origin>
 *     <new verifier key>
 *     from <tree size>
 *     time <ISO-8601 UTC>
 *
 *     — <origin> <signature by the previous key>
 */
export const ROTATION_HEADER = 'aftersales-key-rotation/v1';

export interface RotationBody {
  readonly origin: string;
  /** The new key (`<name>+<hex id>+<base64 key>`); its name is the origin, as every log key's is. */
  readonly newKey: string;
  /** Checkpoints of this tree size and larger are signed by the new key; smaller ones by the previous key. */
  readonly fromSize: number;
  readonly time: string;
}

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

export function rotationText(body: RotationBody): string {
  if (body.origin.length === 0 || body.origin.includes('\n')) throw new NoteError('a rotation origin is one non-empty line');
  const key = parseVerifierKey(body.newKey);
  if (key.name !== body.origin) throw new NoteError(`the new key is named ${key.name}, not the log ${body.origin}`);
  if (!Number.isSafeInteger(body.fromSize) || body.fromSize < 1) throw new NoteError(`${body.fromSize} is not a tree size a new key can sign from`);
  if (!TIME.test(body.time)) throw new NoteError(`${body.time} is not an ISO-8601 UTC time`);
  return `${ROTATION_HEADER}\n${body.origin}\n${body.newKey.trim()}\nfrom ${body.fromSize}\ntime ${body.time}\n`;
}

/** Reads a rotation statement's text (refuses anything but its five lines). */
export function parseRotationText(text: string): RotationBody {
  const lines = text.split('\n');
  if (lines.length !== 6 || lines[5] !== '' || lines[0] !== ROTATION_HEADER) throw new NoteError(`a rotation statement is ${ROTATION_HEADER}, origin, new key, from and time, one a line`);
  const [, origin, newKey, fromLine, timeLine] = lines;
  const from = /^from ([1-9]\d{0,15})$/.exec(fromLine);
  if (!from || !Number.isSafeInteger(Number(from[1]))) throw new NoteError(`"${fromLine}" is not "from <tree size>"`);
  const time = /^time (.+)$/.exec(timeLine);
  if (!time || !TIME.test(time[1])) throw new NoteError('the rotation statement has no time line');
  const body = { origin, newKey, fromSize: Number(from[1]), time: time[1] };
  rotationText(body); // the same checks as when it was made
  return body;
}

/** The old key signs the rotation to the new one (what `audit rotate-key` and the admin endpoint do). */
export function signRotation(previous: NoteSigner, next: NoteSigner, fromSize: number, time: Date): string {
  if (previous.name !== next.name) throw new NoteError(`both keys are the log's (${previous.name}), not ${next.name}`);
  return signNote(rotationText({ origin: previous.name, newKey: signerVerifierKey(next), fromSize, time: time.toISOString() }), previous);
}

/** One key of the log and the checkpoints it signs: tree sizes in [fromSize, untilSize) (untilSize null: still current). */
export interface KeyPeriod {
  readonly verifierKey: string;
  readonly fromSize: number;
  readonly untilSize: number | null;
}

export class RotationError extends Error {}

/**
 * Follows the chain of keys from the first one: each statement must be signed by the key before it,
 * name the log's origin and a tree size past the previous rotation's. Returns every key with its period.
 */
export function followRotations(origin: string, firstKey: string, statements: readonly unknown[]): KeyPeriod[] {
  const periods: { verifierKey: string; fromSize: number; untilSize: number | null }[] = [{ verifierKey: firstKey.trim(), fromSize: 0, untilSize: null }];
  statements.forEach((statement, i) => {
    const current = periods[periods.length - 1];
    let note;
    let body: RotationBody;
    if (typeof statement !== 'string') throw new RotationError(`rotation statement ${i + 1} is not a signed note`);
    try {
      note = parseNote(statement);
      body = parseRotationText(note.text);
    } catch (err) {
      if (err instanceof NoteError) throw new RotationError(`rotation statement ${i + 1} is malformed: ${err.message}`);
      throw err;
    }
    const previous = parseVerifierKey(current.verifierKey);
    let signed = false;
    try {
      signed = verifyNoteSignature(note, previous);
    } catch (err) {
      if (!(err instanceof NoteError)) throw err;
    }
    if (!signed) {
      throw new RotationError(
        `rotation statement ${i + 1} (to key ${parseVerifierKey(body.newKey).keyId.toString('hex')} from tree size ${body.fromSize}) is not signed by the previous key ${previous.keyId.toString('hex')}`,
      );
    }
    if (body.origin !== origin) throw new RotationError(`rotation statement ${i + 1} is of log ${body.origin}, not ${origin}`);
    if (body.fromSize <= current.fromSize) {
      throw new RotationError(`rotation statement ${i + 1} names tree size ${body.fromSize}, not past the previous key's start (${current.fromSize})`);
    }
    current.untilSize = body.fromSize;
    periods.push({ verifierKey: body.newKey.trim(), fromSize: body.fromSize, untilSize: null });
  });
  return periods;
}

/** The key that signs checkpoints of this tree size. */
export function keyAt(periods: readonly KeyPeriod[], size: number): KeyPeriod {
  return periods.find((p) => size >= p.fromSize && (p.untilSize === null || size < p.untilSize)) as KeyPeriod;
}

/** "[from, until)" for messages. */
export function describePeriod(period: KeyPeriod): string {
  return period.untilSize === null ? `tree sizes ${period.fromSize} and up` : `tree sizes ${period.fromSize} to ${period.untilSize - 1}`;
}
