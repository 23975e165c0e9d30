import { EventEnvelope, EventStore } from '@aftersales/eventsourcing';
import { MerkleFrontier, NoteError, archivedEventOf, eventLeafHash, parseCheckpointText, parseNote, verifyNoteSignature } from '@aftersales/verifiable-log';
import { ArchiveEntry, AuditLog } from './audit-log';
import { AuditCheckpoints, SignedCheckpoint } from './checkpoints';
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

/** Positions verified per chunk: one read of the archive, its leaves and each source. */
export const VERIFY_CHUNK = 500;
const NOT_CONFIGURED = 'no source event store is configured for this context (AUDIT_SOURCE_STORES)';

/** One run's view of a context's source. */
export interface ContextTally {
  readonly store: string | null;
  readonly checked: number;
  readonly unreachable: number;
  readonly reason: string | null;
}

/**
 * A verification between two chunks: everything the next chunk needs, as plain JSON, so a
 * background verification keeps it in the document store after each chunk and a restarted process
 * goes on from `checked` exactly as if it never stopped (the report is the same).
 */
export interface VerificationProgress {
  readonly checkpoint: { readonly size: number; readonly root: string; readonly time: string };
  readonly signature: 'valid' | 'invalid';
  /** The root the checkpoint signs (base64), null when its signature does not verify. */
  readonly signedRoot: string | null;
  /** Positions [0, checked) are verified. */
  readonly checked: number;
  /** The stored tree's right edge over [0, checked): complete subtrees, largest first (base64 hashes). */
  readonly frontier: readonly { readonly level: number; readonly index: number; readonly hash: string }[];
  readonly archiveDifference: Difference | null;
  readonly sourceDifference: Difference | null;
  /** Per context so far. */
  readonly contexts: Readonly<Record<string, ContextTally>>;
  /** Sources that failed in this run, by name, with their error: not asked again. */
  readonly failedSources: Readonly<Record<string, string>>;
}

/**
 * Recomputes every leaf of the signed log from the archive and from the source event stores and
 * names the first position where either differs (AU-2 verify). The stored leaf hashes are trusted
 * only once they reproduce the checkpoint's signed root: then a differing recomputed leaf is
 * exactly a record that changed after it was signed. A context whose store is not configured, or
 * cannot be read (down, refused), is counted unreachable with the reason, never taken as verified;
 * a store that fails once is not asked again in the same run.
 *
 * One engine for both ways of running it: `verify` runs `begin`, `step` until done and `finish` in
 * one call (POST …/log/verify); a background verification runs the same steps, keeping the
 * progress between them (ADR 023).
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
    if (!latest) {
      return {
        ok: false,
        checkpoint: null,
        signature: 'none',
        storedTree: 'none',
        archive: { checked: 0, firstDifference: null },
        sources: { checked: 0, unreachable: 0, complete: true, firstDifference: null, contexts: [] },
        unsigned: await this.log.size(),
      };
    }
    let progress = await this.begin(latest);
    while (progress.checked < progress.checkpoint.size) progress = await this.step(progress);
    return this.finish(progress);
  }

  /** A verification of this signed checkpoint, nothing checked yet: its signature by the key of its own size. */
  async begin(checkpoint: SignedCheckpoint): Promise<VerificationProgress> {
    let signature: 'valid' | 'invalid' = 'invalid';
    let signedRoot: string | null = null;
    try {
      const note = parseNote(checkpoint.note);
      // The key of the checkpoint's own size: the chain of logged rotations names it (AU-2).
      if (verifyNoteSignature(note, (await this.chain.verifierAt(checkpoint.size)).verifier)) {
        signature = 'valid';
        signedRoot = parseCheckpointText(note.text).root.toString('base64');
      }
    } catch (err) {
      if (!(err instanceof NoteError)) throw err;
    }
    return {
      checkpoint: { size: checkpoint.size, root: checkpoint.root, time: checkpoint.time },
      signature,
      signedRoot,
      checked: 0,
      frontier: [],
      archiveDifference: null,
      sourceDifference: null,
      contexts: {},
      failedSources: {},
    };
  }

  /** Verifies the next `count` positions (at most up to the checkpoint's size); returns the progress after them. */
  async step(progress: VerificationProgress, count = VERIFY_CHUNK): Promise<VerificationProgress> {
    const from = progress.checked;
    const to = Math.min(progress.checkpoint.size, from + count);
    if (to <= from) return progress;
    const stored = new MerkleFrontier(
      from,
      progress.frontier.map((s) => ({ id: { level: s.level, index: s.index }, hash: Buffer.from(s.hash, 'base64') })),
    );
    let archiveDiff = progress.archiveDifference;
    let sourceDiff = progress.sourceDifference;
    const tallies = new Map<string, { -readonly [K in keyof ContextTally]: ContextTally[K] }>(Object.entries(progress.contexts).map(([context, t]) => [context, { ...t }]));
    const failed = new Map(Object.entries(progress.failedSources));
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
        tally.reason ??= source ? `the source event store could not be read: ${failed.get(source.name) ?? 'unknown error'}` : NOT_CONFIGURED;
        continue;
      }
      tally.checked++;
      if (sourceDiff) continue;
      if (read === null) sourceDiff = difference(entry, 'the source event store no longer holds this event');
      else if (!eventLeafHash(archivedEventOf(read), entry.canonicalization).equals(leaf)) sourceDiff = difference(entry, 'the event in its source event store does not hash to the signed leaf');
    }
    return {
      ...progress,
      checked: to,
      frontier: stored.subtrees().map((s) => ({ level: s.id.level, index: s.id.index, hash: s.hash.toString('base64') })),
      archiveDifference: archiveDiff,
      sourceDifference: sourceDiff,
      contexts: Object.fromEntries(tallies),
      failedSources: Object.fromEntries(failed),
    };
  }

  /** The report of a verification that checked every position of its checkpoint (throws for one that did not: never a report of half a run). */
  async finish(progress: VerificationProgress): Promise<VerificationReport> {
    const { size } = progress.checkpoint;
    if (progress.checked !== size) throw new Error(`a verification that checked ${progress.checked} of ${size} positions has no report`);
    const stored = new MerkleFrontier(
      size,
      progress.frontier.map((s) => ({ id: { level: s.level, index: s.index }, hash: Buffer.from(s.hash, 'base64') })),
    );
    const storedTree = progress.signedRoot !== null && stored.root().equals(Buffer.from(progress.signedRoot, 'base64')) ? 'matches' : 'differs';
    const contexts = Object.entries(progress.contexts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([context, t]) => ({ context, store: t.store, checked: t.checked, unreachable: t.unreachable, reason: t.reason }));
    const unreachable = contexts.reduce((n, c) => n + c.unreachable, 0);
    return {
      ok: progress.signature === 'valid' && storedTree === 'matches' && !progress.archiveDifference && !progress.sourceDifference,
      checkpoint: progress.checkpoint,
      signature: progress.signature,
      storedTree,
      archive: { checked: size, firstDifference: progress.archiveDifference },
      sources: { checked: contexts.reduce((n, c) => n + c.checked, 0), unreachable, complete: unreachable === 0, firstDifference: progress.sourceDifference, contexts },
      unsigned: Math.max(0, (await this.log.size()) - size),
    };
  }

  private sourceOf(context: string): AuditSource | undefined {
    return context ? this.sources.find((s) => s.covers(context)) : undefined;
  }

  /**
   * By event id: the source's event, null when the source that covers it lacks it; absent when no
   * source covers it or its source cannot be read (remembered in `failed`, by name, for the rest of the run).
   */
  private async readSources(entries: readonly ArchiveEntry[], failed: Map<string, string>): Promise<Map<string, EventEnvelope | null>> {
    const out = new Map<string, EventEnvelope | null>();
    for (const source of this.sources) {
      if (failed.has(source.name)) continue;
      const mine = entries.filter((e) => this.sourceOf(e.context) === source);
      if (mine.length === 0) continue;
      let found: Map<string, EventEnvelope>;
      try {
        found = await source.read(mine);
      } catch (err) {
        failed.set(source.name, (err instanceof Error ? err.message : String(err)).slice(0, 150));
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
