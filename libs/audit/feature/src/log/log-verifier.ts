import { EventEnvelope, EventStore } from '@aftersales/eventsourcing';
import { MerkleFrontier, NoteError, archivedEventOf, eventLeafHash, parseCheckpointText, parseNote, verifyNoteSignature } from '@aftersales/verifiable-log';
import { ArchiveEntry, AuditLog } from './audit-log';
import { AuditCheckpoints } from './checkpoints';
import { LogKeyChain } from './key-chain';

/** Where verify reads the events back from their owners (AU-2): one source per event store it can reach. */
export interface AuditSource {
  /** How the report names this store (never its URL: no credentials). */
  readonly name: string;
  /** Whether this source holds the events of this context. */
  covers(context: string): boolean;
  /** The events of these archive entries as the source holds them now, by event id (absent when the source lost one). Throws when the store cannot be read. */
  read(entries: readonly ArchiveEntry[]): Promise<Map<string, EventEnvelope>>;
  /** Releases the store's connections (a store this process opened only to verify). */
  close?(): Promise<void>;
}

/** The part of the EventStore port a source reads through: never append. */
export type SourceEventReader = Pick<EventStore, 'readAll' | 'readStream'> & Partial<Pick<EventStore, 'close'>>;

/**
 * How a source finds an archived event again. `position`: a run of readAll from the entry's
 * source position (exact positions: PostgreSQL, where the standalone's archive order is the store's
 * order, so a page is one read); an event not at its position is then looked for by its stream and
 * revision. `stream`: by stream and revision only (EventStoreDB, whose $all refuses to be read from
 * a position that is not a record's).
 */
export type SourceLookup = 'position' | 'stream';

/** Revisions of one stream read at once at most; a wider spread is read event by event. */
const STREAM_SPAN = 1000;

/** An event store as a source: the standalone's one store (every context), or another service's store. */
export class EventStoreSource implements AuditSource {
  constructor(
    readonly name: string,
    private readonly store: SourceEventReader,
    /** The contexts whose events this store holds; absent: every context (the standalone). */
    private readonly contexts?: readonly string[],
    private readonly lookup: SourceLookup = 'position',
  ) {}

  covers(context: string): boolean {
    return !this.contexts || this.contexts.includes(context);
  }

  async read(entries: readonly ArchiveEntry[]): Promise<Map<string, EventEnvelope>> {
    const found = new Map<string, EventEnvelope>();
    if (entries.length === 0) return found;
    if (this.lookup === 'position') {
      // A store that refuses a read from a position that is not a record's (EventStoreDB as audit's
      // own store) is read by stream below; one that is down fails there too.
      await this.readByPosition(entries, found).catch(() => undefined);
    }
    await this.readByStream(
      entries.filter((e) => !found.has(e._id)),
      found,
    );
    return found;
  }

  /** Runs of readAll over the entries sorted by source position; each run starts at the next entry not reached yet. */
  private async readByPosition(entries: readonly ArchiveEntry[], found: Map<string, EventEnvelope>): Promise<void> {
    const sorted = entries.map((entry) => ({ entry, position: BigInt(entry.sourcePosition) })).sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    for (let i = 0; i < sorted.length; ) {
      const page = await this.store.readAll({ after: sorted[i].position - 1n, maxCount: Math.min(500, sorted.length - i) });
      if (page.length === 0) return;
      const at = new Map(page.map((event) => [event.position, event]));
      const last = page[page.length - 1].position;
      for (; i < sorted.length && sorted[i].position <= last; i++) {
        const event = at.get(sorted[i].position);
        if (event && event.id === sorted[i].entry._id) found.set(event.id, event);
      }
    }
  }

  /** By stream and revision: one read per stream of the entries (their revisions' span), whatever the store. */
  private async readByStream(entries: readonly ArchiveEntry[], found: Map<string, EventEnvelope>): Promise<void> {
    const byStream = new Map<string, ArchiveEntry[]>();
    for (const entry of entries) byStream.set(entry.stream, [...(byStream.get(entry.stream) ?? []), entry]);
    for (const [stream, mine] of byStream) {
      const revisions = mine.map((e) => BigInt(e.event.revision));
      const first = revisions.reduce((a, b) => (b < a ? b : a));
      const last = revisions.reduce((a, b) => (b > a ? b : a));
      const spans = last - first < BigInt(STREAM_SPAN) ? [{ from: first, count: Number(last - first) + 1 }] : revisions.map((r) => ({ from: r, count: 1 }));
      const byRevision = new Map<bigint, EventEnvelope>();
      for (const span of spans) for (const event of await this.store.readStream(stream, { fromRevision: span.from, maxCount: span.count })) byRevision.set(event.revision, event);
      for (const entry of mine) {
        const event = byRevision.get(BigInt(entry.event.revision));
        if (event && event.id === entry._id) found.set(event.id, event);
      }
    }
  }

  async close(): Promise<void> {
    await this.store.close?.();
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

/** How one context's events were checked at their source. */
export interface SourceContextReport {
  readonly context: string;
  /** The source store that holds this context's events; null when none is configured. */
  readonly store: string | null;
  /** Signed events of this context recomputed from that store. */
  readonly checked: number;
  /** Signed events of this context that could not be read back at their source. */
  readonly unreachable: number;
  /** Why they could not: no store configured, or the store's error. Null when every one was read. */
  readonly reason: string | null;
}

export interface VerificationReport {
  /** True when the checkpoint verifies and neither the archive nor any source differs from it. */
  readonly ok: boolean;
  readonly checkpoint: { readonly size: number; readonly root: string; readonly time: string } | null;
  /** The checkpoint's signature by the log key, and whether the stored tree reproduces its root. */
  readonly signature: 'valid' | 'invalid' | 'none';
  readonly storedTree: 'matches' | 'differs' | 'none';
  readonly archive: { readonly checked: number; readonly firstDifference: Difference | null };
  readonly sources: {
    readonly checked: number;
    readonly unreachable: number;
    /** Every signed event was read back at its source (no context unreachable). */
    readonly complete: boolean;
    readonly firstDifference: Difference | null;
    /** Per context of the signed events, in order of name. */
    readonly contexts: readonly SourceContextReport[];
  };
  /** Events archived after the checkpoint: not covered by a signature yet. */
  readonly unsigned: number;
}

const PAGE = 500;
const NOT_CONFIGURED = 'no source event store is configured for this context (AUDIT_SOURCE_STORES)';

/** One verify run's view of a context's source. */
interface ContextTally {
  store: string | null;
  checked: number;
  unreachable: number;
  reason: string | null;
}

/**
 * Recomputes every leaf of the signed log from the archive and from the source event stores and
 * names the first position where either differs (AU-2 verify). The stored leaf hashes are trusted
 * only once they reproduce the checkpoint's signed root: then a differing recomputed leaf is
 * exactly a record that changed after it was signed. A context whose store is not configured, or
 * cannot be read (down, refused), is counted unreachable with the reason, never taken as verified;
 * a store that fails once is not asked again in the same run.
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
      return {
        ok: false,
        checkpoint: null,
        signature: 'none',
        storedTree: 'none',
        archive: { checked: 0, firstDifference: null },
        sources: { checked: 0, unreachable: 0, complete: true, firstDifference: null, contexts: [] },
        unsigned: total,
      };
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
    const tallies = new Map<string, ContextTally>();
    const failed = new Map<AuditSource, string>();
    for (let from = 0; from < size; from += PAGE) {
      const to = Math.min(size, from + PAGE);
      const [entries, leaves] = await Promise.all([this.log.entries(from, to), this.log.leafHashes(from, to)]);
      const byIndex = new Map(entries.map((e) => [e.index, e]));
      const fromSources = await this.readSources(entries, failed);
      for (let i = from; i < to; i++) {
        const leaf = leaves[i - from];
        stored.append(leaf);
        const entry = byIndex.get(i);
        if (!entry) {
          archiveDiff ??= { position: i, eventId: '', stream: '', context: '', sourcePosition: '', reason: 'the archive has no entry at this position' };
          continue;
        }
        if (!archiveDiff && !eventLeafHash(entry.event, entry.canonicalization).equals(leaf)) archiveDiff = difference(entry, 'the archived event does not hash to the signed leaf');
        const source = this.sourceOf(entry.context);
        const tally = tallies.get(entry.context) ?? { store: source?.name ?? null, checked: 0, unreachable: 0, reason: null };
        tallies.set(entry.context, tally);
        const read = fromSources.get(entry._id);
        if (read === undefined) {
          tally.unreachable++;
          tally.reason ??= source ? `the source event store could not be read: ${failed.get(source) ?? 'unknown error'}` : NOT_CONFIGURED;
          continue;
        }
        tally.checked++;
        if (sourceDiff) continue;
        if (read === null) sourceDiff = difference(entry, 'the source event store no longer holds this event');
        else if (!eventLeafHash(archivedEventOf(read), entry.canonicalization).equals(leaf)) sourceDiff = difference(entry, 'the event in its source event store does not hash to the signed leaf');
      }
    }
    const storedTree = signedRoot && stored.root().equals(signedRoot) ? 'matches' : 'differs';
    const contexts = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([context, t]) => ({ context, ...t }));
    const unreachable = contexts.reduce((n, c) => n + c.unreachable, 0);
    return {
      ok: signature === 'valid' && storedTree === 'matches' && !archiveDiff && !sourceDiff,
      checkpoint: { size, root: latest.root, time: latest.time },
      signature,
      storedTree,
      archive: { checked: size, firstDifference: archiveDiff },
      sources: { checked: contexts.reduce((n, c) => n + c.checked, 0), unreachable, complete: unreachable === 0, firstDifference: sourceDiff, contexts },
      unsigned: Math.max(0, total - size),
    };
  }

  private sourceOf(context: string): AuditSource | undefined {
    return context ? this.sources.find((s) => s.covers(context)) : undefined;
  }

  /**
   * By event id: the source's event, null when the source that covers it lacks it; absent when no
   * source covers it or its source cannot be read (remembered in `failed` for the rest of the run).
   */
  private async readSources(entries: readonly ArchiveEntry[], failed: Map<AuditSource, string>): Promise<Map<string, EventEnvelope | null>> {
    const out = new Map<string, EventEnvelope | null>();
    for (const source of this.sources) {
      if (failed.has(source)) continue;
      const mine = entries.filter((e) => this.sourceOf(e.context) === source);
      if (mine.length === 0) continue;
      let found: Map<string, EventEnvelope>;
      try {
        found = await source.read(mine);
      } catch (err) {
        failed.set(source, (err instanceof Error ? err.message : String(err)).slice(0, 150));
        continue;
      }
      for (const entry of mine) out.set(entry._id, found.get(entry._id) ?? null);
    }
    return out;
  }
}

function difference(entry: ArchiveEntry, reason: string): Difference {
  return { position: entry.index, eventId: entry._id, stream: entry.stream, context: entry.context, sourcePosition: entry.sourcePosition, reason };
}
