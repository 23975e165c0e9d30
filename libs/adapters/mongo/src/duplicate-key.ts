import { DuplicateKeyError } from '@aftersales/eventsourcing';
import { mongo } from 'mongoose';

/** MongoDB's error code for a write that breaks a unique index. */
const DUPLICATE_KEY = 11000;

export function isDuplicateKey(err: unknown): err is mongo.MongoServerError {
  return err instanceof mongo.MongoServerError && err.code === DUPLICATE_KEY;
}

/** The `_id` index: an upsert whose guard filter missed an existing document collides on it. */
export function isIdCollision(err: mongo.MongoServerError): boolean {
  return indexName(err) === '_id_';
}

/**
 * The index a duplicate-key error names. MongoDB 4.2+ sends `keyPattern`; older servers and the
 * Mongo-wire test server only say it in the message (`... index: email_1 dup key: ...`).
 */
function indexName(err: mongo.MongoServerError): string | undefined {
  const pattern = err.keyPattern as Record<string, unknown> | undefined;
  if (pattern && Object.keys(pattern).length > 0) {
    return Object.entries(pattern)
      .map(([path, direction]) => `${path}_${String(direction)}`)
      .join('_');
  }
  return /index: (\S+)/.exec(err.message)?.[1];
}

export function toDuplicateKeyError(collection: string, err: mongo.MongoServerError): DuplicateKeyError {
  const key = err.keyValue ? JSON.stringify(err.keyValue) : (/dup key: (.*)$/s.exec(err.message)?.[1] ?? 'unknown');
  return new DuplicateKeyError(collection, indexName(err) ?? 'unknown', key);
}
