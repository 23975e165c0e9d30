import { CodedError, DOCUMENTSTORE } from './errors';

export const DOCUMENT_STORE = Symbol('DocumentStore');

/**
 * A read-model document. `_position` is the global position of the last event applied to it; it
 * guards writes and is returned, but is not a field to filter or sort on (adapters refuse it).
 */
export interface StoredDocument {
  readonly _id: string;
  readonly _position?: bigint;
  readonly [field: string]: unknown;
}

/** A MongoDB query filter (`{ status: { $in: [...] } }`); validate user input before building one. */
export type DocumentFilter = Record<string, unknown>;
/** A MongoDB sort spec: field → 1 (ascending) or -1 (descending). */
export type DocumentSort = Record<string, 1 | -1>;
/** A MongoDB update with operators: `{ $set: {...}, $inc: {...}, $push: {...}, $unset: {...} }`. */
export type DocumentUpdate = Record<string, Record<string, unknown>>;

export interface CountOptions {
  /** Stop counting here: the answer is min(matches, limit), so a count costs at most that many rows. */
  readonly limit?: number;
}

export interface FindOptions {
  readonly sort?: DocumentSort;
  readonly limit?: number;
  readonly skip?: number;
}

export interface UpsertEntry<T extends StoredDocument = StoredDocument> {
  readonly doc: Omit<T, '_position'>;
  readonly position: bigint;
}

/** Refuses a batch that names one id twice (its writes would depend on their order). */
export function assertDistinctIds(entries: readonly { readonly doc: object }[]): void {
  const seen = new Set<unknown>();
  for (const { doc } of entries) {
    const id = (doc as { _id?: unknown })._id;
    if (seen.has(id)) throw new Error(`upsertMany got ${String(id)} twice: fold a document's changes first, then write it once`);
    seen.add(id);
  }
}

/** What a guarded write did: `stale` means the document already reflects that position or a later one. */
export type GuardedWriteResult = 'applied' | 'stale';

/**
 * An index a collection's queries need (ARCHITECTURE.md "Delivery": every query a read model serves
 * is backed by one). A field named in an index holds one value (a scalar or null): the PostgreSQL
 * store compares it through the index's expression, so an array there is compared as a whole.
 * A field that holds an array of values is declared alone with `multikey`: a query for a value
 * then matches documents whose array contains it (MongoDB's multikey index, GIN in PostgreSQL).
 */
export interface IndexSpec {
  readonly fields: DocumentSort;
  readonly unique?: boolean;
  readonly multikey?: boolean;
}

/**
 * One collection of read-model documents, written under a position guard.
 *
 * The guard is strict: a write applies only while the stored `_position` is lower than the
 * write's position, and sets `_position` to it. Hence **one write per document per event**: a
 * projection folds everything an event does to a document first (read it, compute the new
 * version), then writes it once, with `upsert` or with one `patch` that carries every operator.
 * A second write to the same document at the same position (an upsert, then a patch for the same
 * event) is `stale` and silently not applied, on every adapter; writes to different documents for
 * one event are fine.
 *
 * Positions are global positions of one event store, so they only compare within that store.
 * Integration events consumed from another service (the bus, another context's store) carry
 * positions of a store this one does not know: their consumers dedupe by event id (an inbox keyed
 * by the id), never by comparing positions, and a read model fed by them must not guard its
 * writes with those positions across sources.
 */
export interface DocumentCollection<T extends StoredDocument = StoredDocument> {
  get(id: string): Promise<T | null>;
  find(filter?: DocumentFilter, options?: FindOptions): Promise<T[]>;
  count(filter?: DocumentFilter, options?: CountOptions): Promise<number>;
  /**
   * Writes the whole document if it is absent or older than `position` (its `_position` is
   * lower); otherwise leaves it alone. Redelivery of an event therefore cannot apply it twice;
   * by the same rule a second write to this document for the same event is not applied either
   * (see above: fold, then write once).
   */
  upsert(doc: Omit<T, '_position'>, position: bigint): Promise<GuardedWriteResult>;
  /**
   * `upsert` for several documents (distinct ids), each under its own position guard, in one
   * round trip where the store allows it (a projection writes a whole batch this way).
   */
  upsertMany(entries: readonly UpsertEntry<T>[]): Promise<GuardedWriteResult[]>;
  /**
   * Applies an update to an existing document under the same position guard; absent → 'stale'.
   * After an upsert at the same position it is 'stale' too: put the event's whole effect in one
   * upsert or one patch. A write that breaks a unique index throws DuplicateKeyError.
   */
  patch(id: string, update: DocumentUpdate, position: bigint): Promise<GuardedWriteResult>;
  /**
   * Removes the document and its position with it: a replayed older event would bring it back.
   * Projections whose documents can end mark them (e.g. `status: 'closed'`) instead of deleting.
   */
  delete(id: string): Promise<void>;
  /** Empties the collection (projection rebuilds). */
  clear(): Promise<void>;
}

/** Read models (ARCHITECTURE.md "Delivery"): in memory in standalone mode, MongoDB when distributed. */
export interface DocumentStore {
  collection<T extends StoredDocument = StoredDocument>(name: string, indexes?: readonly IndexSpec[]): DocumentCollection<T>;
  close(): Promise<void>;
}

/** A write that would give two documents the same key of a unique index (MongoDB's E11000). */
export class DuplicateKeyError extends CodedError {
  static readonly CODE = DOCUMENTSTORE.DUPLICATE_KEY;
  readonly code = DuplicateKeyError.CODE;
  constructor(
    readonly collection: string,
    readonly index: string,
    readonly key: string,
  ) {
    // MongoDB's wording, so callers and logs read the same on either adapter.
    super(`duplicate key error collection: ${collection} index: ${index} dup key: ${key}`, { collection, index, key });
  }
}
