import { CLOCK, Clock, DOCUMENT_STORE, DocumentCollection, DocumentStore, DomainError, NotFoundError, StoredDocument } from '@aftersales/eventsourcing';
import { Inject, Injectable } from '@nestjs/common';
import { AUDIT } from '@aftersales/audit-domain';
import { NoteError, addSignatureLines, checkpointText, parseNote, signNote, verifyCosignature } from '@aftersales/verifiable-log';
import { AUDIT_LOG, AuditLog } from './audit-log';
import { LogKeyChain } from './key-chain';
import { LOG_KEYS, LogKeys } from './log-keys';

export { AUDIT_LOG } from './audit-log';
export const CHECKPOINT_COLLECTION = 'audit.checkpoints';
export const COSIGNATURE_COLLECTION = 'audit.cosignatures';

interface CheckpointDoc extends StoredDocument {
  /** The tree size, zero-padded so ids sort as sizes do. */
  readonly _id: string;
  readonly size: number;
  readonly root: string;
  readonly time: string;
  /** The signed note as the log signed it (without cosignatures). */
  readonly note: string;
  /** The key that signed it: the one the chain of rotations names for its size (absent on checkpoints from before rotations). */
  readonly verifierKey?: string;
}

interface CosignatureDoc extends StoredDocument {
  readonly _id: string;
  readonly size: number;
  readonly witness: string;
  readonly line: string;
}

/** A signed checkpoint with the cosignatures it has gathered. */
export interface SignedCheckpoint {
  readonly size: number;
  /** base64 */
  readonly root: string;
  readonly time: string;
  /** The C2SP signed note: the log's signature and every stored cosignature. */
  readonly note: string;
  readonly witnesses: readonly string[];
  /** The log key that signed it (the key of its tree size's period). */
  readonly verifierKey: string;
}

const idOf = (size: number) => String(size).padStart(16, '0');

/**
 * Signed checkpoints of the audit log (AU-2): signed on a schedule and on demand, stored in
 * `audit.checkpoints` (one per tree size), with witnesses' cosignatures beside them in
 * `audit.cosignatures`.
 */
@Injectable()
export class AuditCheckpoints {
  private readonly checkpoints: DocumentCollection<CheckpointDoc>;
  private readonly cosignatures: DocumentCollection<CosignatureDoc>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    @Inject(LOG_KEYS) private readonly keys: LogKeys,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly chain: LogKeyChain,
  ) {
    // The latest checkpoint is the first in this index's order (size descending, then id, as `latest` sorts).
    this.checkpoints = documents.collection<CheckpointDoc>(CHECKPOINT_COLLECTION, [{ fields: { size: -1 } }]);
    this.cosignatures = documents.collection<CosignatureDoc>(COSIGNATURE_COLLECTION, [{ fields: { size: 1 } }]);
  }

  /**
   * Signs the log at its current size (the existing checkpoint when the log has not grown since),
   * with the key the chain of rotations names for that size (AU-2).
   */
  async sign(): Promise<SignedCheckpoint> {
    // The size first, then the keys: a rotation logged in between lies at or past this size, so its `from` does too.
    const size = await this.log.size();
    const existing = await this.checkpoints.get(idOf(size));
    if (existing) return this.present(existing);
    const { signer, verifierKey } = await this.chain.signerAt(size);
    const root = await this.log.rootAt(size);
    const time = this.clock.now().toISOString();
    const note = signNote(checkpointText({ origin: this.keys.origin, size, root, time }), signer);
    await this.checkpoints.upsert({ _id: idOf(size), size, root: root.toString('base64'), time, note, verifierKey }, BigInt(size) + 1n);
    // A concurrent signer at the same size may have won: answer with what is stored.
    return this.present((await this.checkpoints.get(idOf(size))) as CheckpointDoc);
  }

  /** Signs only when the log grew since the latest checkpoint (the schedule). */
  async signIfGrown(): Promise<void> {
    const latest = await this.latestDoc();
    if ((await this.log.size()) > (latest?.size ?? -1)) await this.sign();
  }

  async latest(): Promise<SignedCheckpoint | null> {
    const doc = await this.latestDoc();
    return doc ? this.present(doc) : null;
  }

  async at(size: number): Promise<SignedCheckpoint> {
    const doc = await this.checkpoints.get(idOf(size));
    if (!doc) throw new NotFoundError(AUDIT.CHECKPOINT_NOT_FOUND, `no checkpoint of tree size ${size}`, { size });
    return this.present(doc);
  }

  /** Stores a witness's cosignature line once it verifies against a configured witness key. */
  async cosign(size: number, line: string): Promise<SignedCheckpoint> {
    const doc = await this.checkpoints.get(idOf(size));
    if (!doc) throw new NotFoundError(AUDIT.CHECKPOINT_NOT_FOUND, `no checkpoint of tree size ${size}`, { size });
    const refuse = (reason: string) => new DomainError(AUDIT.COSIGNATURE_INVALID, `the cosignature is refused: ${reason}`, { reason });
    let witness: string | null = null;
    try {
      const note = parseNote(addSignatureLines(doc.note, [line.trim()]));
      for (const key of this.keys.witnesses) {
        if (verifyCosignature(note, key)) witness = key.name;
      }
    } catch (err) {
      if (err instanceof NoteError) throw refuse(err.message);
      throw err;
    }
    if (!witness) throw refuse('it is not by a configured witness key (AUDIT_WITNESS_KEYS)');
    await this.cosignatures.upsert({ _id: `${idOf(size)}:${witness}`, size, witness, line: line.trim() }, 1n);
    return this.present(doc);
  }

  private async latestDoc(): Promise<CheckpointDoc | null> {
    return (await this.checkpoints.find({}, { sort: { size: -1 }, limit: 1 }))[0] ?? null;
  }

  private async present(doc: CheckpointDoc): Promise<SignedCheckpoint> {
    const cosigned = await this.cosignatures.find({ size: doc.size });
    const lines = cosigned.map((c) => c.line);
    const verifierKey = doc.verifierKey ?? (await this.chain.verifierAt(doc.size)).verifierKey;
    return { size: doc.size, root: doc.root, time: doc.time, note: lines.length > 0 ? addSignatureLines(doc.note, lines) : doc.note, witnesses: cosigned.map((c) => c.witness), verifierKey };
  }
}
