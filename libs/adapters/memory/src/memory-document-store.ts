import {
  DuplicateKeyError,
  DocumentCollection,
  DocumentFilter,
  CountOptions,
  UpsertEntry,
  assertDistinctIds,
  DocumentStore,
  DocumentUpdate,
  FindOptions,
  GuardedWriteResult,
  IndexSpec,
  StoredDocument,
  POSITION_FIELD,
  applyDocumentUpdate,
  checkDocumentUpdate,
  assertQueryable,
} from '@aftersales/eventsourcing';
// The root entry point only: this workspace resolves modules the classic Node way, without subpath exports.
import { Query } from 'mingo';

type Fields = Record<string, unknown>;

/**
 * A document as stored. `_position` lives beside the fields rather than in them because mingo
 * cannot compare bigints, and a bigint is the only exact type for positions beyond 2^53.
 */
interface Entry {
  readonly fields: Fields;
  readonly position: bigint;
}

const POSITION = POSITION_FIELD;

/**
 * What a dot path reaches, MongoDB style: numeric segments index into arrays, other segments
 * reach into every element of an array and collect the results.
 */
function valueAt(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    if (/^\d+$/.test(head)) return valueAt(value[Number(head)], rest);
    return value.flatMap((element) => {
      const reached = valueAt(element, path);
      return reached === undefined ? [] : reached;
    });
  }
  if (value === null || typeof value !== 'object') return undefined;
  return valueAt((value as Fields)[head], rest);
}

function canonicalKey(values: readonly unknown[]): string {
  return JSON.stringify(values, (_, v: unknown) => (typeof v === 'bigint' ? { $bigint: v.toString() } : v));
}

class UniqueIndex {
  /** Key → the `_id` holding it. */
  private readonly holders = new Map<string, string>();

  constructor(
    readonly name: string,
    private readonly paths: readonly string[],
  ) {}

  /**
   * The keys a document occupies. As in MongoDB, a missing field indexes as null (so two documents
   * without it collide) and each element of an array is a key of its own (multikey).
   */
  keysOf(fields: Fields): string[] {
    let tuples: unknown[][] = [[]];
    for (const path of this.paths) {
      const value = valueAt(fields, path.split('.'));
      const values = Array.isArray(value) && value.length > 0 ? value : [value];
      tuples = tuples.flatMap((tuple) => values.map((v: unknown) => [...tuple, v ?? null]));
    }
    return [...new Set(tuples.map(canonicalKey))];
  }

  /** A key in `keys` that another document already holds. */
  takenKey(id: string, keys: readonly string[]): string | undefined {
    return keys.find((key) => {
      const holder = this.holders.get(key);
      return holder !== undefined && holder !== id;
    });
  }

  add(id: string, keys: readonly string[]): void {
    for (const key of keys) this.holders.set(key, id);
  }

  remove(id: string, keys: readonly string[]): void {
    for (const key of keys) if (this.holders.get(key) === id) this.holders.delete(key);
  }

  clear(): void {
    this.holders.clear();
  }
}

/** One collection's documents and indexes, shared by every handle on its name. */
class CollectionData {
  readonly entries = new Map<string, Entry>();
  /** Declared index name → whether it is unique. */
  private readonly declared = new Map<string, boolean>();
  private readonly unique: UniqueIndex[] = [];

  constructor(readonly name: string) {}

  /** Like MongoDB's createIndex: idempotent for the same spec, refuses one that existing documents violate. */
  declare(spec: IndexSpec): void {
    const paths = Object.keys(spec.fields);
    if (paths.length === 0) throw new Error(`an index on ${this.name} needs at least one field`);
    assertQueryable(spec.fields);
    for (const [path, direction] of Object.entries(spec.fields)) {
      if (direction !== 1 && direction !== -1) throw new Error(`index direction of ${path} must be 1 or -1`);
    }
    const name = paths.map((p) => `${p}_${spec.fields[p]}`).join('_');
    const isUnique = spec.unique === true;
    const existing = this.declared.get(name);
    if (existing !== undefined) {
      if (existing !== isUnique) throw new Error(`index ${name} on ${this.name} already exists with different options`);
      return;
    }
    if (isUnique) {
      const index = new UniqueIndex(name, paths);
      for (const [id, entry] of this.entries) {
        const keys = index.keysOf(entry.fields);
        const taken = index.takenKey(id, keys);
        if (taken !== undefined) throw new DuplicateKeyError(this.name, name, taken);
        index.add(id, keys);
      }
      this.unique.push(index);
    }
    this.declared.set(name, isUnique);
  }

  /** Checks every unique index before touching any, so a refused write changes nothing. */
  write(id: string, fields: Fields, position: bigint): void {
    const previous = this.entries.get(id);
    const keys = this.unique.map((index) => index.keysOf(fields));
    this.unique.forEach((index, i) => {
      const taken = index.takenKey(id, keys[i]);
      if (taken !== undefined) throw new DuplicateKeyError(this.name, index.name, taken);
    });
    this.unique.forEach((index, i) => {
      if (previous) index.remove(id, index.keysOf(previous.fields));
      index.add(id, keys[i]);
    });
    this.entries.set(id, { fields, position });
  }

  remove(id: string): void {
    const previous = this.entries.get(id);
    if (!previous) return;
    for (const index of this.unique) index.remove(id, index.keysOf(previous.fields));
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
    for (const index of this.unique) index.clear();
  }
}

function toDocument<T extends StoredDocument>(entry: Entry): T {
  return { ...structuredClone(entry.fields), _position: entry.position } as unknown as T;
}

class MemoryDocumentCollection<T extends StoredDocument> implements DocumentCollection<T> {
  constructor(private readonly data: CollectionData) {}

  async get(id: string): Promise<T | null> {
    const entry = this.data.entries.get(id);
    return entry ? toDocument<T>(entry) : null;
  }

  async find(filter: DocumentFilter = {}, options: FindOptions = {}): Promise<T[]> {
    assertQueryable(filter);
    assertQueryable(options.sort);
    let cursor = new Query(filter).find<Fields>(this.rows());
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    // As in MongoDB, a limit of 0 means no limit.
    if (options.limit) cursor = cursor.limit(options.limit);
    // mingo hands back the stored rows themselves; copy on the way out.
    return cursor.all().map((row) => toDocument<T>(this.data.entries.get(row._id as string) as Entry));
  }

  async count(filter: DocumentFilter = {}, options: CountOptions = {}): Promise<number> {
    assertQueryable(filter);
    const n = new Query(filter).find(this.rows()).count();
    return options.limit ? Math.min(n, options.limit) : n;
  }

  async upsert(doc: Omit<T, '_position'>, position: bigint): Promise<GuardedWriteResult> {
    const fields = structuredClone(doc) as Fields;
    delete fields[POSITION];
    const id = fields._id;
    if (typeof id !== 'string' || id === '') throw new Error(`a document in ${this.data.name} needs a string _id`);
    const existing = this.data.entries.get(id);
    if (existing && existing.position >= position) return 'stale';
    this.data.write(id, fields, position);
    return 'applied';
  }

  async upsertMany(entries: readonly UpsertEntry<T>[]): Promise<GuardedWriteResult[]> {
    assertDistinctIds(entries);
    const results: GuardedWriteResult[] = [];
    for (const { doc, position } of entries) results.push(await this.upsert(doc, position));
    return results;
  }

  async patch(id: string, update: DocumentUpdate, position: bigint): Promise<GuardedWriteResult> {
    checkDocumentUpdate(update);
    const existing = this.data.entries.get(id);
    if (!existing || existing.position >= position) return 'stale';
    this.data.write(id, applyDocumentUpdate(existing.fields, update), position);
    return 'applied';
  }

  async delete(id: string): Promise<void> {
    this.data.remove(id);
  }

  async clear(): Promise<void> {
    this.data.clear();
  }

  private rows(): Fields[] {
    return [...this.data.entries.values()].map((entry) => entry.fields);
  }
}

/**
 * Read models for unit tests (the standalone keeps them in PGlite, ADR 010): the MongoDB query
 * language through mingo over every document (no index is used), the same position guard as the
 * other adapters, copies in and out.
 */
export class MemoryDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, CollectionData>();

  collection<T extends StoredDocument = StoredDocument>(name: string, indexes: readonly IndexSpec[] = []): DocumentCollection<T> {
    let data = this.collections.get(name);
    if (!data) {
      data = new CollectionData(name);
      this.collections.set(name, data);
    }
    for (const spec of indexes) data.declare(spec);
    return new MemoryDocumentCollection<T>(data);
  }

  /** The documents live and die with the store. */
  async close(): Promise<void> {
    this.collections.clear();
  }
}
