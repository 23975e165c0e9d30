import { DuplicateKeyError } from '@aftersales/eventsourcing';
import { mongo } from 'mongoose';

/** MongoDB's error code for a write that breaks a unique index. */
const DUPLICATE_KEY = 11000;

export function isDuplicateKey(err: unknown): err is mongo.MongoServerError {
  return err instanceof mongo.MongoServerError && err.code === DUPLICATE_KEY;
}

function keysOf(value: unknown): string[] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  return keys.length > 0 ? keys : null;
}

/**
 * The `_id` index: an upsert whose guard filter missed an existing document collides on it.
 * MongoDB 4.2+ says so in `keyPattern` (`{ _id: 1 }`; the driver copies the write error's fields
 * onto the error), which decides when present. mongo-java-server sends no `keyPattern` (nor
 * `keyValue`): then the index name in the message decides (`... index: _id_ dup key: ...`).
 */
export function isIdCollision(err: mongo.MongoServerError): boolean {
  const pattern = keysOf(err.keyPattern);
  if (pattern) return pattern.length === 1 && pattern[0] === '_id';
  const value = keysOf(err.keyValue);
  if (value) return value.length === 1 && value[0] === '_id';
  const name = indexNameInMessage(err);
  if (name !== undefined) return name === '_id_' || name.endsWith('.$_id_');
  return /dup key: \{ _id: /.test(err.message);
}

/**
 * The index name in E11000's message: `index: <name> dup key:` on every server since 3.x (the
 * index's real name, whatever its key pattern); `index: <db>.<coll>.$<name>` before that.
 */
function indexNameInMessage(err: mongo.MongoServerError): string | undefined {
  return /index: (\S+)/.exec(err.message)?.[1];
}

/**
 * The index a duplicate-key error names: the name in the message (real MongoDB and the Mongo-wire
 * test server both send it), else one derived from `keyPattern` as MongoDB names indexes by
 * default (`contact.email_1`; the `_id` index is `_id_`).
 */
function indexName(err: mongo.MongoServerError): string | undefined {
  const named = indexNameInMessage(err);
  if (named !== undefined) return named;
  const pattern = err.keyPattern as Record<string, unknown> | undefined;
  if (pattern && keysOf(pattern)) {
    if (isIdCollision(err)) return '_id_';
    return Object.entries(pattern)
      .map(([path, direction]) => `${path}_${String(direction)}`)
      .join('_');
  }
  return undefined;
}

export function toDuplicateKeyError(collection: string, err: mongo.MongoServerError): DuplicateKeyError {
  const key = err.keyValue ? JSON.stringify(err.keyValue) : (/dup key: (.*)$/s.exec(err.message)?.[1] ?? 'unknown');
  return new DuplicateKeyError(collection, indexName(err) ?? 'unknown', key);
}

/** createIndex refusals that a retry would meet again: keep them, do not re-run the creation. */
const DETERMINISTIC_INDEX_ERRORS = new Map<number, string>([
  [DUPLICATE_KEY, 'DuplicateKey'],
  [85, 'IndexOptionsConflict'],
  [86, 'IndexKeySpecsConflict'],
]);

/**
 * Whether a failed index creation would fail the same way again (existing documents break a new
 * unique index, or an index of that name or keys exists with other options). Anything else (a
 * server that is down, a network error, a timeout) is worth retrying on the next operation.
 */
export function isDeterministicIndexError(err: unknown): boolean {
  if (err instanceof DuplicateKeyError) return true;
  if (!(err instanceof mongo.MongoServerError)) return false;
  if (typeof err.code === 'number' && DETERMINISTIC_INDEX_ERRORS.has(err.code)) return true;
  return err.codeName !== undefined && [...DETERMINISTIC_INDEX_ERRORS.values()].includes(err.codeName);
}
