import { DocumentCollection, DocumentStore, EventEnvelope, StoredDocument } from '@aftersales/eventsourcing';
import { ArchivedEvent, CANONICALIZATION, LeafRange, MerkleFrontier, SubtreeId, archivedEventOf, completeSubtrees, consistencyProofRanges, contextOfStream, eventLeafHash, inclusionProofRanges, rangeHash, subtreeKey } from '@aftersales/verifiable-log';

/**
 * The audit log's storage (ADR 014), in audit's own store: not an event-sourced aggregate but an
 * append-only archive in archive order, with the Merkle tree over it.
 * - `audit.archive`: one entry per archived event, keyed by the event id (so each event is archived
 *   once), holding its archive position (`index`, 0-based, dense), its source (context, source
 *   position) and the archived event.
 * - `audit.merkle`: the hash of every complete subtree (`<level>/<index>`, leaves at level 0), so a
 *   root or a proof at any size costs O(log n) reads.
 * - `audit.log`: the head (`size`), written with the batch: the archive's length is what the head
 *   says, never what a half-written batch left.
 * Every write is guarded by the archive position (the DocumentStore's guard), so a replayed batch
 * changes nothing.
 */

export const AUDIT_LOG = Symbol('AuditLog');
export const ARCHIVE_COLLECTION = 'audit.archive';
export const MERKLE_COLLECTION = 'audit.merkle';
export const LOG_COLLECTION = 'audit.log';

export interface ArchiveEntry extends StoredDocument {
  /** The event id. */
  readonly _id: string;
  /** Archive position: the leaf index in the Merkle tree. */
  readonly index: number;
  readonly context: string;
  readonly stream: string;
  /** The event's global position in its source's event store (decimal). */
  readonly sourcePosition: string;
  readonly canonicalization: string;
  readonly event: ArchivedEvent;
}

interface SubtreeDoc extends StoredDocument {
  readonly _id: string;
  /** base64 SHA-256. */
  readonly hash: string;
}

interface HeadDoc extends StoredDocument {
  readonly _id: 'head';
  readonly size: number;
}

const HEAD = 'head';

export class AuditLog {
  readonly archive: DocumentCollection<ArchiveEntry>;
  private readonly merkle: DocumentCollection<SubtreeDoc>;
  private readonly heads: DocumentCollection<HeadDoc>;

  constructor(documents: DocumentStore) {
    this.archive = documents.collection<ArchiveEntry>(ARCHIVE_COLLECTION, [
      { fields: { index: 1 }, unique: true },
      { fields: { stream: 1, index: 1 } },
       { fields: { 'event.correlationId': 1, index: 1 } },
      // The certification evidence (AU-4..AU-6): a tenant's region over a time window.
      { fields: { 'event.tenantId': 1, 'event.region': 1, 'event.occurredAt': 1 } },
    ]);
    this.merkle = documents.collection<SubtreeDoc>(MERKLE_COLLECTION);
    this.heads = documents.collection<HeadDoc>(LOG_COLLECTION);
  }

  /** How many events the log holds. */
  async size(): Promise<number> {
    return (await this.heads.get(HEAD))?.size ?? 0;
  }

  /**
   * Archives the events not archived yet, in the order given, and grows the tree by them; returns
   * how many were new. Run it in one transaction with the caller's checkpoint where the store allows
   * (the standalone's PGlite): a crash then leaves either the whole batch or none of it.
   */
  async append(events: readonly EventEnvelope[], source: (event: EventEnvelope) => { context: string; position: string } = defaultSource): Promise<number> {
    if (events.length === 0) return 0;
    const size = await this.size();
    const ids = [...new Set(events.map((e) => e.id))];
    const archived = new Set((await this.archive.find({ _id: { $in: ids } })).filter((e) => e.index < size).map((e) => e._id));
    const fresh: EventEnvelope[] = [];
    for (const event of events) {
      if (archived.has(event.id)) continue;
      archived.add(event.id);
      fresh.push(event);
    }
    if (fresh.length === 0) return 0;
    const frontier = new MerkleFrontier(size, await this.subtrees(MerkleFrontier.subtreesOf(size)));
    const entries: { doc: ArchiveEntry; position: bigint }[] = [];
    const subtrees: { doc: SubtreeDoc; position: bigint }[] = [];
    for (const envelope of fresh) {
      const event = archivedEventOf(envelope);
      const index = frontier.size;
      const { context, position } = source(envelope);
      entries.push({ doc: { _id: event.id, index, context, stream: event.stream, sourcePosition: position, canonicalization: CANONICALIZATION, event }, position: BigInt(index + 1) });
      for (const made of frontier.append(eventLeafHash(event))) subtrees.push({ doc: { _id: subtreeKey(made.id), hash: made.hash.toString('base64') }, position: BigInt(index + 1) });
    }
    await this.archive.upsertMany(entries);
    await this.merkle.upsertMany(subtrees);
    await this.heads.upsert({ _id: HEAD, size: frontier.size }, BigInt(frontier.size));
    return fresh.length;
  }

  /** The stored hashes of these complete subtrees, in the order asked (throws for one the log lacks). */
  async subtrees(ids: readonly SubtreeId[]): Promise<{ id: SubtreeId; hash: Buffer }[]> {
    if (ids.length === 0) return [];
    const keys = [...new Set(ids.map(subtreeKey))];
    const found = new Map((await this.merkle.find({ _id: { $in: keys } })).map((d) => [d._id, Buffer.from(d.hash, 'base64')]));
    return ids.map((id) => {
      const hash = found.get(subtreeKey(id));
      if (!hash) throw new Error(`the audit log lacks subtree ${subtreeKey(id)}`);
      return { id, hash };
    });
  }

  /** The hashes of these leaf ranges (proof elements), each MTH(D[start:end]). */
  async rangeHashes(ranges: readonly LeafRange[]): Promise<Buffer[]> {
    const ids = ranges.flatMap((r) => completeSubtrees(r));
    const hashes = new Map((await this.subtrees(ids)).map((s) => [subtreeKey(s.id), s.hash]));
    return ranges.map((r) => rangeHash(r, (id) => hashes.get(subtreeKey(id)) as Buffer));
  }

  /** MTH of the first `size` leaves (size ≤ the log's size). */
  async rootAt(size: number): Promise<Buffer> {
    return (await this.rangeHashes([{ start: 0, end: size }]))[0];
  }

  /** The inclusion proof of leaf `index` in the tree of `size` leaves. */
  inclusionProof(index: number, size: number): Promise<Buffer[]> {
    return this.rangeHashes(inclusionProofRanges(index, size));
  }

  /** The consistency proof from the tree of `from` leaves to the tree of `to` leaves. */
  consistencyProof(from: number, to: number): Promise<Buffer[]> {
    return this.rangeHashes(consistencyProofRanges(from, to));
  }

  /** Entries with archive positions in [from, to), in archive order. */
  entries(from: number, to: number): Promise<ArchiveEntry[]> {
    return this.archive.find({ index: { $gte: from, $lt: to } }, { sort: { index: 1 } });
  }

  /** The stored leaf hashes of [from, to) (level-0 subtrees). */
  async leafHashes(from: number, to: number): Promise<Buffer[]> {
    const ids = Array.from({ length: to - from }, (_, i) => ({ level: 0, index: from + i }));
    return (await this.subtrees(ids)).map((s) => s.hash);
  }

  entry(eventId: string): Promise<ArchiveEntry | null> {
    return this.archive.get(eventId);
  }

  /** Every archived event carrying one of these correlation ids (a case's doings in other contexts), in archive order. */
  ofCorrelations(correlationIds: readonly string[]): Promise<ArchiveEntry[]> {
    return this.archive.find({ 'event.correlationId': { $in: [...correlationIds] } }, { sort: { index: 1 } });
  }

  /** Every archived event of these streams, in archive order. */
  ofStreams(streams: readonly string[]): Promise<ArchiveEntry[]> {
    return this.archive.find({ stream: { $in: [...streams] } }, { sort: { index: 1 } });
  }
}

function defaultSource(event: EventEnvelope): { context: string; position: string } {
  return { context: contextOfStream(event.stream), position: event.position.toString() };
}
