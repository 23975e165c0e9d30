import { EventEnvelope, EventStore } from '@aftersales/eventsourcing';
import { MerkleFrontier, NoteError, archivedEventOf, eventLeafHash, parseCheckpointText, parseNote, verifyNoteSignature } from '@aftersales/verifiable-log';
import { ArchiveEntry, AuditLog } from './audit-log';
import { AuditCheckpoints } from './checkpoints';
import { LogKeyChain } from './key-chain';

/** Where verify reads the events back from their owners (AU-2): one source per event store it can reach. */
export interface AuditSource {
  readonly name: string;
  /** Whether this source holds the events of this context. */
  covers(context: string): boolean;
  /** The events of these archive entries as the source holds them now, by event id (absent when the source lost one). */
  read(entries: readonly ArchiveEntry[]): Promise<Map<string, EventEnvelope>>;
}

/**
 * The standalone's one event store, which holds every context's streams. Archive order follows the
 * store's order there, so a page of entries is one read from its first source position.
 */
export class EventStoreSource implements AuditSource {
  constructor(
    readonly name: string,
    private readonly store: EventStore,
    /** The contexts whose events this store holds; absent: every context (the standalone). */
    private readonly contexts?: readonly string[],
  ) {}

  covers(context: string): boolean {
    return !this.contexts || this.contexts.includes(context);
  }

  async read(entries: readonly ArchiveEntry[]): Promise<Map<string, EventEnvelope>> {
    const found = new Map<string, EventEnvelope>();
    if (entries.length === 0) return found;
    const positions = entries.map((e) => BigInt(e.sourcePosition));
    const first = positions.reduce((a, b) => (b < a ? b : a));
    for (const event of await this.store.readAll({ after: first - 1n, maxCount: entries.length })) found.set(event.id, event);
    // Out of order (another source's events between them): read the rest one by one.
    for (const entry of entries) {
      if (found.has(entry._id)) continue;
      const [event] = await this.store.readAll({ after: BigInt(entry.sourcePosition) - 1n, maxCount: 1 });
      if (event && event.id === entry._id) found.set(event.id, event);
    }
    return found;
  }
}

/** Where the record differs from the signed log: its archive position, event and source. */
export interface Difference {
  readonly position: number;
  readonly eventId: string;
  readonly stream: string;
  readonly context: string;
  readonly sourcePosition: string;
  readonly reason: string;
}

export interface VerificationReport {
  /** True when the checkpoint verifies and neither the archive nor any source differs from it. */
  readonly ok: boolean;
  readonly checkpoint: { readonly size: number; readonly root: string; readonly time: string } | null;
  /** The checkpoint's signature by the log key, and whether the stored tree reproduces its root. */
  readonly signature: 'valid' | 'invalid' | 'none';
  readonly storedTree: 'matches' | 'differs' | 'none';
  readonly archive: { readonly checked: number; readonly firstDifference: Difference | null };
  readonly sources: { readonly checked: number; readonly unreachable: number; readonly firstDifference: Difference | null };
  /** Events archived after the checkpoint: not covered by a signature yet. */
  readonly unsigned: number;
}

const PAGE = 500;

/**
 * Recomputes every leaf of the signed log from the archive and from the source event stores and
 * names the first position where either differs (AU-2 verify). The stored leaf hashes are trusted
 * only once they reproduce the checkpoint's signed root: then a differing recomputed leaf is
 * exactly a record that changed after it was signed.
 */
export class LogVerifier {
  constructor(
    private readonly log: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
    private readonly chain: LogKeyChain,
    private readonly sources: readonly AuditSource[],
  ) {}

  // rule AU-2: the record is verified against the signed log, leaf by leaf, archive and source
  async verify(): Promise<VerificationReport> {
    const latest = await this.checkpoints.latest();
    const total = await this.log.size();
    if (!latest) {
      return { ok: false, checkpoint: null, signature: 'none', storedTree: 'none', archive: { checked: 0, firstDifference: null }, sources: { checked: 0, unreachable: 0, firstDifference: null }, unsigned: total };
    }
    let signature: 'valid' | 'invalid' = 'invalid';
    let signedRoot: Buffer | null = null;
    try {
      const note = parseNote(latest.note);
      // The key of the checkpoint's own size: the chain of logged rotations names it (AU-2).
      if (verifyNoteSignature(note, (await this.chain.verifierAt(latest.size)).verifier)) {
        signature = 'valid';
        signedRoot = parseCheckpointText(note.text).root;
      }
    } catch (err) {
      if (!(err instanceof NoteError)) throw err;
    }
    const size = latest.size;
    const stored = new MerkleFrontier(0);
    let archiveDiff: Difference | null = null;
    let sourceDiff: Difference | null = null;
    let sourcesChecked = 0;
    let unreachable = 0;
    for (let from = 0; from < size; from += PAGE) {
      const to = Math.min(size, from + PAGE);
      const [entries, leaves] = await Promise.all([this.log.entries(from, to), this.log.leafHashes(from, to)]);
      const byIndex = new Map(entries.map((e) => [e.index, e]));
      const fromSources = await this.readSources(entries);
      for (let i = from; i < to; i++) {
        const leaf = leaves[i - from];
        stored.append(leaf);
        const entry = byIndex.get(i);
        if (!entry) {
          archiveDiff ??= { position: i, eventId: '', stream: '', context: '', sourcePosition: '', reason: 'the archive has no entry at this position' };
          continue;
        }
        if (!archiveDiff && !eventLeafHash(entry.event, entry.canonicalization).equals(leaf)) archiveDiff = difference(entry, 'the archived event does not hash to the signed leaf');
        const source = fromSources.get(entry._id);
        if (source === undefined) {
          unreachable++;
          continue;
        }
        sourcesChecked++;
        if (sourceDiff) continue;
        if (source === null) sourceDiff = difference(entry, 'the source event store no longer holds this event');
        else if (!eventLeafHash(archivedEventOf(source), entry.canonicalization).equals(leaf)) sourceDiff = difference(entry, 'the event in its source event store does not hash to the signed leaf');
      }
    }
    const storedTree = signedRoot && stored.root().equals(signedRoot) ? 'matches' : 'differs';
    return {
      ok: signature === 'valid' && storedTree === 'matches' && !archiveDiff && !sourceDiff,
      checkpoint: { size, root: latest.root, time: latest.time },
      signature,
      storedTree,
      archive: { checked: size, firstDifference: archiveDiff },
      sources: { checked: sourcesChecked, unreachable, firstDifference: sourceDiff },
      unsigned: Math.max(0, total - size),
    };
  }

  /** By event id: the source's event, null when a source that covers it lacks it; absent when no source covers it. */
  private async readSources(entries: readonly ArchiveEntry[]): Promise<Map<string, EventEnvelope | null>> {
    const out = new Map<string, EventEnvelope | null>();
    for (const source of this.sources) {
      const mine = entries.filter((e) => e.context && source.covers(e.context) && !out.has(e._id));
      if (mine.length === 0) continue;
      const found = await source.read(mine);
      for (const entry of mine) out.set(entry._id, found.get(entry._id) ?? null);
    }
    return out;
  }
}

function difference(entry: ArchiveEntry, reason: string): Difference {
  return { position: entry.index, eventId: entry._id, stream: entry.stream, context: entry.context, sourcePosition: entry.sourcePosition, reason };
}
