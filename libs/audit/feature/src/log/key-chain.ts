import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  CLOCK,
  Clock,
  DomainError,
  EVENT_STORE,
  EventEnvelope,
  EventStore,
  InvalidStateError,
  READ_MODEL_TRANSACTIONS,
  ReadModelTransactions,
  deterministicUuid,
} from '@aftersales/eventsourcing';
import { AUDIT, LOG_KEYS_STREAM, LOG_KEY_ROTATED, LogKeyRotated } from '@aftersales/audit-domain';
import { ApiError, Caller, ConfigError, eventMetadata } from '@aftersales/platform';
import {
  KeyPeriod,
  Note,
  NoteError,
  NoteSigner,
  RotationBody,
  Verifier,
  describePeriod,
  followRotations,
  keyAt,
  parseCheckpointText,
  parseNote,
  parseRotationText,
  parseVerifierKey,
  signRotation,
  verifyNoteSignature,
} from '@aftersales/verifiable-log';
import { AUDIT_LOG, AuditLog } from './audit-log';
import { LOG_KEYS, LogKeys, generateLogKey } from './log-keys';

/**
 * How far past the log's size a generated rotation names its `from` when the admin names none: the
 * statement must reach the log below its `from`, and events keep arriving while it is stored.
 */
export const GENERATED_ROTATION_MARGIN = 100;
const ARCHIVE_ATTEMPTS = 5;

/** A rotation as audit's stream holds it, and what became of it in the log. */
export interface LoggedRotation {
  readonly eventId: string;
  readonly statement: string;
  readonly previousKey: string;
  readonly newKey: string;
  readonly fromSize: number;
  readonly occurredAt: string;
  /** Its archive position; null while it is stored but not archived yet. */
  readonly position: number | null;
  /**
   * `effective`: in the log below its `from`, part of the chain of keys; `void`: it reached the log
   * at or past its `from` (the log grew first), so no verifier could follow it and it changes
   * nothing; `pending`: not archived yet (settled at the next start or rotation).
   */
  readonly state: 'effective' | 'void' | 'pending';
}

/** The chain of log keys folded from the logged rotations (AU-2). */
export interface KeyChainState {
  /** Each key with the tree sizes it signs, the first key from tree size 0. */
  readonly periods: readonly KeyPeriod[];
  /** Every rotation audit's stream holds, in the order taken in. */
  readonly rotations: readonly LoggedRotation[];
}

/** A rotation as the log's chain of keys at one checkpoint shows it: what a bundle carries. */
export interface ChainAtSize {
  readonly periods: KeyPeriod[];
  readonly rotations: readonly (LoggedRotation & { readonly position: number })[];
}

/**
 * The running service's side of key rotation (AU-2): takes a rotation statement in (checked against
 * the current key, the log's origin, the keys held and the log's size), appends it as an
 * `audit.LogKeyRotated` event to audit's own stream and archives it at once, so it is in the Merkle
 * log below its `from`; folds the logged rotations into key periods, from which checkpoints are
 * signed (the key of each tree size) and bundles export `keyPeriods` and `rotations`.
 *
 * The fold reads audit's stream (a handful of events) and their archive positions on every use, so
 * every instance signs with the key the log says, whichever instance took the rotation in.
 */
@Injectable()
export class LogKeyChain {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    @Inject(LOG_KEYS) private readonly keys: LogKeys,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(READ_MODEL_TRANSACTIONS) private readonly transactions: ReadModelTransactions | null = null,
  ) {}

  get origin(): string {
    return this.keys.origin;
  }

  async state(): Promise<KeyChainState> {
    return (await this.read()).state;
  }

  /** The key that signs checkpoints of this tree size, with its private key (held, or the log cannot sign it). */
  async signerAt(size: number): Promise<{ signer: NoteSigner; verifierKey: string }> {
    const period = keyAt((await this.state()).periods, size);
    const signer = this.keys.held.get(period.verifierKey);
    if (!signer) throw new Error(`the audit log's key for tree size ${size} (${keyName(period.verifierKey)}) has no private key in this process (AUDIT_SIGNING_KEY_FILES)`);
    return { signer, verifierKey: period.verifierKey };
  }

  /** The key valid at this tree size (what verifies its checkpoint). */
  async verifierAt(size: number): Promise<{ verifierKey: string; verifier: Verifier }> {
    const { verifierKey } = keyAt((await this.state()).periods, size);
    return { verifierKey, verifier: parseVerifierKey(verifierKey) };
  }

  /**
   * The chain as a checkpoint of this tree size covers it: the rotations logged within it (with
   * their positions) and the periods they lead to. A rotation logged later is not in that
   * checkpoint's log yet, and its `from` lies past it, so the checkpoint's key is the same.
   */
  async at(size: number): Promise<ChainAtSize> {
    const { state } = await this.read();
    const first = state.periods[0].verifierKey;
    const rotations = state.rotations.filter((r): r is LoggedRotation & { position: number } => r.state === 'effective' && r.position !== null && r.position < size);
    return { periods: followRotations(this.keys.origin, first, rotations.map((r) => r.statement)), rotations };
  }

  /**
   * Takes a rotation statement in (made offline with `audit rotate-key`): refused unless it is of
   * this log, signed by the current key, names a fresh key this process holds and a `from` past the
   * log's size. The same statement again answers the rotation logged the first time.
   */
  // rule AU-2: a key rotation is signed by the current key and is itself in the log, below its `from`
  async take(caller: Caller, statement: string): Promise<{ rotation: LoggedRotation; created: boolean }> {
    this.mayRotate(caller);
    let note: Note;
    let body: RotationBody;
    try {
      note = parseNote(statement);
      body = parseRotationText(note.text);
    } catch (err) {
      if (err instanceof NoteError) throw new DomainError(AUDIT.ROTATION_MALFORMED, `not a rotation statement: ${err.message}`, { reason: err.message });
      throw err;
    }
    const { events, state } = await this.settled();
    const same = state.rotations.find((r) => r.statement === statement);
    if (same) return { rotation: same, created: false };
    if (body.origin !== this.keys.origin) {
      throw new DomainError(AUDIT.ROTATION_WRONG_LOG, `the statement rotates the key of log ${body.origin}, not ${this.keys.origin}`, { origin: body.origin, logOrigin: this.keys.origin });
    }
    const current = state.periods[state.periods.length - 1];
    let signed = false;
    try {
      signed = verifyNoteSignature(note, parseVerifierKey(current.verifierKey));
    } catch (err) {
      if (!(err instanceof NoteError)) throw err;
    }
    if (!signed) {
      throw new DomainError(AUDIT.ROTATION_NOT_SIGNED_BY_CURRENT_KEY, `the statement is not signed by the log's current key ${keyName(current.verifierKey)}`, { currentKey: current.verifierKey });
    }
    const newKey = body.newKey.trim();
    this.checkNewKey(state, newKey);
    await this.checkFrom(current, body.fromSize);
    return this.append(caller, events.length, { statement, previousKey: current.verifierKey, newKey, fromSize: body.fromSize });
  }

  /**
   * The standalone's rotation: generates the next key into the data dir, signs the statement with
   * the current key itself and logs it. `fromSize` defaults to the log's size plus a margin.
   */
  async generate(caller: Caller, fromSize?: number): Promise<{ rotation: LoggedRotation; created: boolean }> {
    this.mayRotate(caller);
    if (!this.keys.generatedKeyDir) {
      throw new DomainError(
        AUDIT.ROTATION_KEY_GENERATION_UNAVAILABLE,
        'this audit service takes its log keys from configuration: make the statement with `audit rotate-key`, add the new key to AUDIT_SIGNING_KEY_FILES and post the statement',
      );
    }
    const { events, state } = await this.settled();
    const current = state.periods[state.periods.length - 1];
    const signer = this.keys.held.get(current.verifierKey);
    if (!signer) throw new Error(`the audit log's current key ${keyName(current.verifierKey)} has no private key in this process`);
    const from = fromSize ?? Math.max((await this.log.size()) + GENERATED_ROTATION_MARGIN, current.fromSize + 1);
    await this.checkFrom(current, from);
    const next = generateLogKey(this.keys);
    const statement = signRotation(signer, next, from, this.clock.now());
    const newKey = parseRotationText(parseNote(statement).text).newKey;
    return this.append(caller, events.length, { statement, previousKey: current.verifierKey, newKey, fromSize: from });
  }

  /**
   * At start: archives a rotation a crash left stored but not archived, then refuses to run
   * without the private key of any key that signs from the log's current size on, or when the
   * latest checkpoint is not signed by the key of its size (the configured key is not the log's).
   */
  async start(latestCheckpoint: string | null): Promise<void> {
    const { state } = await this.settled();
    const size = await this.log.size();
    const problems = state.periods
      .filter((p) => (p.untilSize === null || p.untilSize > size) && !this.keys.held.has(p.verifierKey))
      .map(
        (p) =>
          `AUDIT_SIGNING_KEY_FILE, AUDIT_SIGNING_KEY_FILES: the audit log's key ${keyName(p.verifierKey)} signs ${describePeriod(p)} (the log holds ${size} events) but this process has no private key for it; add its PEM file to AUDIT_SIGNING_KEY_FILES (docs/audit.md "Key rotation")`,
      );
    if (latestCheckpoint !== null) {
      const note = parseNote(latestCheckpoint);
      const period = keyAt(state.periods, parseCheckpointText(note.text).size);
      let signed = false;
      try {
        signed = verifyNoteSignature(note, parseVerifierKey(period.verifierKey));
      } catch (err) {
        if (!(err instanceof NoteError)) throw err;
      }
      if (!signed) {
        problems.push(
          `AUDIT_SIGNING_KEY_FILE: the log's latest checkpoint is not signed by ${keyName(period.verifierKey)}, the key the log names for its size: the configured key is not this log's. Keep the log's key configured and rotate to a new one (docs/audit.md "Key rotation")`,
        );
      }
    }
    if (problems.length > 0) throw new ConfigError(problems);
  }

  private checkNewKey(state: KeyChainState, newKey: string): void {
    if (state.periods.some((p) => p.verifierKey === newKey)) {
      throw new DomainError(AUDIT.ROTATION_KEY_ALREADY_USED, `the key ${keyName(newKey)} has signed for this log before: rotate to a fresh key`, { newKey });
    }
    if (!this.keys.held.has(newKey)) {
      throw new DomainError(AUDIT.ROTATION_KEY_NOT_HELD, `this process does not hold the private key of ${keyName(newKey)}, so it could not sign with it: add its PEM file to AUDIT_SIGNING_KEY_FILES and restart first`, { newKey });
    }
  }

  /** `from` must be past the log's size (the statement itself takes position `size`) and past the current key's own start. */
  private async checkFrom(current: KeyPeriod, fromSize: number): Promise<void> {
    const treeSize = await this.log.size();
    const minimum = Math.max(treeSize + 1, current.fromSize + 1);
    if (fromSize < minimum) {
      throw new DomainError(
        AUDIT.ROTATION_FROM_TOO_SMALL,
        `a rotation from tree size ${fromSize} would put checkpoints already possible under the new key: the log holds ${treeSize} events, so from must be at least ${minimum}`,
        { fromSize, minimum, treeSize },
      );
    }
  }

  /** The log is every tenant's: with AUDIT_OPERATOR_TENANT set, only that tenant's admins rotate its key. */
  private mayRotate(caller: Caller): void {
    const operator = this.keys.operatorTenant;
    if (operator !== null && caller.user.tenantId !== operator) {
      throw ApiError.forbidden(AUDIT.NOT_LOG_OPERATOR, "the audit log's key is rotated by the operator's administrators only (AUDIT_OPERATOR_TENANT)");
    }
  }

  /** Appends the rotation to audit's stream (optimistically: a concurrent rotation gets 409) and archives it at once. */
  private async append(caller: Caller, revisions: number, data: LogKeyRotated['data']): Promise<{ rotation: LoggedRotation; created: boolean }> {
    const occurredAt = this.clock.now().toISOString();
    await this.store.append(
      LOG_KEYS_STREAM,
      [{ id: deterministicUuid(LOG_KEY_ROTATED, data.statement), ...eventMetadata(caller, 'global'), type: LOG_KEY_ROTATED, occurredAt, data }],
      { expectedRevision: revisions === 0 ? 'no_stream' : BigInt(revisions - 1) },
    );
    const [stored] = await this.store.readStream(LOG_KEYS_STREAM, { fromRevision: BigInt(revisions), maxCount: 1 });
    const position = await this.archive(stored);
    if (position >= data.fromSize) {
      throw new InvalidStateError(
        AUDIT.ROTATION_OVERTAKEN,
        `the log reached tree size ${data.fromSize} before the statement did (it is at position ${position}): the statement is logged but void, and the current key keeps signing; rotate again with a larger from`,
        { position, fromSize: data.fromSize },
      );
    }
    return { rotation: { eventId: stored.id, ...data, occurredAt, position, state: 'effective' }, created: true };
  }

  /**
   * Archives a rotation now, at the log's current size, rather than when the archive's follower
   * reaches it (which then finds it archived by its id and skips it): its position is then known
   * and below its `from`. A concurrent append at the same position (another writer) fails on the
   * unique archive position and is tried again on the grown log.
   */
  private async archive(event: EventEnvelope): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        const work = () => this.log.append([event]);
        await (this.transactions ? this.transactions.run(work) : work());
        break;
      } catch (err) {
        if (attempt >= ARCHIVE_ATTEMPTS) throw err;
      }
    }
    const entry = await this.log.entry(event.id);
    if (!entry) throw new Error(`the rotation event ${event.id} is not in the archive after its append`);
    return entry.index;
  }

  /** The fold, after archiving any rotation a crash left stored but not archived. */
  private async settled(): Promise<{ events: EventEnvelope[]; state: KeyChainState }> {
    const read = await this.read();
    const pending = read.state.rotations.filter((r) => r.state === 'pending');
    if (pending.length === 0) return read;
    for (const rotation of pending) await this.archive(read.events.find((e) => e.id === rotation.eventId) as EventEnvelope);
    return this.read();
  }

  private async read(): Promise<{ events: EventEnvelope[]; state: KeyChainState }> {
    const events = await this.store.readStream(LOG_KEYS_STREAM);
    const size = await this.log.size();
    const entries = events.length === 0 ? [] : await this.log.archive.find({ _id: { $in: events.map((e) => e.id) } });
    const positions = new Map(entries.filter((e) => e.index < size).map((e) => [e._id, e.index]));
    const rotationsData = events.map((e) => e.data as LogKeyRotated['data']);
    const first = rotationsData[0]?.previousKey ?? this.keys.verifierKey;
    let current = first;
    let currentFrom = 0;
    const rotations: LoggedRotation[] = events.map((event, i) => {
      const data = rotationsData[i];
      const position = positions.get(event.id) ?? null;
      let state: LoggedRotation['state'] = 'pending';
      if (position !== null) state = position < data.fromSize && data.previousKey === current && data.fromSize > currentFrom ? 'effective' : 'void';
      if (state === 'effective') {
        current = data.newKey;
        currentFrom = data.fromSize;
      }
      return { eventId: event.id, statement: data.statement, previousKey: data.previousKey, newKey: data.newKey, fromSize: data.fromSize, occurredAt: event.occurredAt, position, state };
    });
    const periods = followRotations(this.keys.origin, first, rotations.filter((r) => r.state === 'effective').map((r) => r.statement));
    return { events, state: { periods, rotations } };
  }
}

/** `<name>+<key id>` of a verifier key, for messages. */
export function keyName(verifierKey: string): string {
  return verifierKey.split('+').slice(0, 2).join('+');
}
