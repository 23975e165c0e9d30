import {
  DocumentCollection,
  DocumentFilter,
  DocumentStore,
  DocumentUpdate,
  FindOptions,
  GuardedWriteResult,
  IndexSpec,
  CountOptions,
  UpsertEntry,
  assertDistinctIds,
  StoredDocument,
} from '@aftersales/eventsourcing';
import { Connection, mongo } from 'mongoose';
import { isDeterministicIndexError, isDuplicateKey, isIdCollision, toDuplicateKeyError } from './duplicate-key';
import { positionFromBson, positionToBson } from './positions';
import { POSITION_FIELD, assertFilter, assertId, assertQueryable, assertSort, assertUpdate } from './query-guard';

type Fields = Record<string, unknown>;
type RawCollection = mongo.Collection<Fields & { _id: string }>;

/** Matches the document only while it is older than `position`: the guard every write carries. */
function olderThan(id: string, position: bigint): mongo.Filter<Fields & { _id: string }> {
  return { _id: id, [POSITION_FIELD]: { $lt: positionToBson(position) } };
}

function toDocument<T extends StoredDocument>(raw: Fields): T {
  return { ...raw, [POSITION_FIELD]: positionFromBson(raw[POSITION_FIELD]) } as unknown as T;
}

/** Like the in-memory store's declare: one name per key pattern, `_position` never indexable. */
function indexName(spec: IndexSpec, collection: string): string {
  const paths = Object.keys(spec.fields);
  if (paths.length === 0) throw new Error(`an index on ${collection} needs at least one field`);
  assertQueryable(spec.fields);
  for (const [path, direction] of Object.entries(spec.fields)) {
    if (direction !== 1 && direction !== -1) throw new Error(`index direction of ${path} must be 1 or -1`);
  }
  return paths.map((p) => `${p}_${spec.fields[p]}`).join('_');
}

class MongoDocumentCollection<T extends StoredDocument> implements DocumentCollection<T> {
  constructor(
    private readonly name: string,
    private readonly raw: RawCollection,
    /**
     * The collection's declared indexes, (re)started as needed; every operation waits for them,
     * so their errors surface.
     */
    private readonly indexesReady: () => Promise<void>,
  ) {}

  private get ready(): Promise<void> {
    return this.indexesReady();
  }

  async get(id: string): Promise<T | null> {
    assertId(id);
    await this.ready;
    const raw = await this.raw.findOne({ _id: id });
    return raw ? toDocument<T>(raw) : null;
  }

  async find(filter: DocumentFilter = {}, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    assertSort(options.sort);
    await this.ready;
    let cursor = this.raw.find(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    // As in the in-memory store and MongoDB, a limit of 0 means no limit.
    if (options.limit) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()).map((raw) => toDocument<T>(raw));
  }

  async count(filter: DocumentFilter = {}, options: CountOptions = {}): Promise<number> {
    assertFilter(filter);
    await this.ready;
    return this.raw.countDocuments(filter, options.limit ? { limit: options.limit } : {});
  }

  async upsert(doc: Omit<T, '_position'>, position: bigint): Promise<GuardedWriteResult> {
    const { [POSITION_FIELD]: _ignored, ...fields } = doc as Fields;
    const id = fields._id;
    if (typeof id !== 'string' || id === '') throw new Error(`a document in ${this.name} needs a string _id`);
    await this.ready;
    const replacement = { ...fields, _id: id, [POSITION_FIELD]: positionToBson(position) };
    // The guard filter misses an existing document that is as new or newer; the upsert then tries
    // to insert its _id and collides. The same collision comes from a writer that inserted the
    // document between our filter and our insert: re-read and decide again (a bounded loop,
    // since every retry follows a write that really happened).
    for (let attempt = 0; ; attempt++) {
      try {
        await this.raw.replaceOne(olderThan(id, position), replacement, { upsert: true });
        return 'applied';
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        if (!isIdCollision(err)) throw toDuplicateKeyError(this.name, err);
        const current = await this.raw.findOne({ _id: id }, { projection: { [POSITION_FIELD]: 1 } });
        if (current && positionFromBson(current[POSITION_FIELD]) >= position) return 'stale';
        if (attempt >= 10) throw err;
      }
    }
  }

  /** One guarded replace per document, in order (each needs its own collision handling). */
  async upsertMany(entries: readonly UpsertEntry<T>[]): Promise<GuardedWriteResult[]> {
    assertDistinctIds(entries);
    const results: GuardedWriteResult[] = [];
    for (const { doc, position } of entries) results.push(await this.upsert(doc, position));
    return results;
  }

  async patch(id: string, update: DocumentUpdate, position: bigint): Promise<GuardedWriteResult> {
    assertId(id);
    assertUpdate(update);
    await this.ready;
    const guarded = {
      ...update,
      $set: { ...(update.$set ?? {}), [POSITION_FIELD]: positionToBson(position) },
    } as mongo.UpdateFilter<Fields & { _id: string }>;
    try {
      // One document, one atomic update: an operator that fails leaves it as it was. No upsert:
      // a missing document is stale, like one that is newer.
      const result = await this.raw.updateOne(olderThan(id, position), guarded);
      return result.matchedCount === 1 ? 'applied' : 'stale';
    } catch (err) {
      if (isDuplicateKey(err)) throw toDuplicateKeyError(this.name, err);
      throw err;
    }
  }

  async delete(id: string): Promise<void> {
    assertId(id);
    await this.ready;
    await this.raw.deleteOne({ _id: id });
  }

  /** Removes the documents and keeps the collection's indexes, as a rebuild needs them. */
  async clear(): Promise<void> {
    await this.ready;
    await this.raw.deleteMany({});
  }
}

/** A declared index and its creation on the server: null before the first try and after a transient failure. */
interface IndexCreation {
  readonly spec: IndexSpec;
  creation: Promise<void> | null;
}

export interface MongoDocumentStoreOptions {
  /** Close the connection together with the store (openMongoReadModels sets it: it opened it). */
  readonly ownsConnection?: boolean;
}

/**
 * Read models in MongoDB (ARCHITECTURE.md "Two ways to run", distributed column): the port's
 * position guard as a conditional filter on `_position` (an int64), so a redelivered event cannot
 * apply twice; indexes as each read model declares them. No transactions, no change streams
 * (docs/adr/005-mongo-driver-pin.md): every write is one single-document operation.
 */
export class MongoDocumentStore implements DocumentStore {
  /**
   * Index creations per collection name, by index name. A creation that succeeded, or failed in a
   * way a retry would repeat (isDeterministicIndexError), stays; any other failure (the server was
   * down, a timeout) is dropped when it happens, so the next operation starts the creation again
   * instead of every operation on the collection rejecting until a restart.
   */
  private readonly indexes = new Map<string, Map<string, IndexCreation>>();

  constructor(
    private readonly connection: Connection,
    private readonly options: MongoDocumentStoreOptions = {},
  ) {}

  collection<T extends StoredDocument = StoredDocument>(name: string, indexes: readonly IndexSpec[] = []): DocumentCollection<T> {
    const db = this.connection.db;
    if (!db) throw new Error('the MongoDB connection is not open');
    let declared = this.indexes.get(name);
    if (!declared) {
      declared = new Map();
      this.indexes.set(name, declared);
    }
    const raw = db.collection<Fields & { _id: string }>(name);
    for (const spec of indexes) {
      // Checked here, synchronously, as the in-memory store does; created on the server once.
      const indexNameOf = indexName(spec, name);
      if (!declared.has(indexNameOf)) declared.set(indexNameOf, { spec, creation: null });
    }
    // The indexes declared on this name so far, this handle's included: the handle waits for them.
    const names = [...declared.keys()];
    const table = declared;
    const ready = (): Promise<void> => {
      if (names.length === 0) return Promise.resolve();
      return Promise.all(names.map((indexNameOf) => this.ensureIndex(name, raw, table, indexNameOf))).then(() => undefined);
    };
    // Start the creations now, as before; a failure is observed by the next operation.
    ready().catch(() => undefined);
    return new MongoDocumentCollection<T>(name, raw, ready);
  }

  /** The index's creation, started anew when there is none or the last one failed transiently. */
  private ensureIndex(collection: string, raw: RawCollection, declared: Map<string, IndexCreation>, indexNameOf: string): Promise<void> {
    const entry = declared.get(indexNameOf);
    if (!entry) return Promise.resolve();
    if (entry.creation) return entry.creation;
    const creation: Promise<void> = raw.createIndex(entry.spec.fields, { name: indexNameOf, unique: entry.spec.unique === true }).then(
      () => undefined,
      (err: unknown) => {
        // Forget a transient failure (unless a newer creation already replaced this one): the
        // operations waiting now see the error, the next one tries again.
        if (!isDeterministicIndexError(err) && entry.creation === creation) entry.creation = null;
        // Existing documents that break a new unique index are MongoDB's E11000 too.
        throw isDuplicateKey(err) ? toDuplicateKeyError(collection, err) : err;
      },
    );
    // Observed by every operation on the collection; never an unhandled rejection meanwhile.
    creation.catch(() => undefined);
    entry.creation = creation;
    return creation;
  }

  async close(): Promise<void> {
    if (this.options.ownsConnection) await this.connection.close();
  }
}
