import { DuplicateKeyError } from '@aftersales/eventsourcing';
import { mongo } from 'mongoose';
import { isDeterministicIndexError, isDuplicateKey, isIdCollision, toDuplicateKeyError } from './duplicate-key';

/**
 * The error the driver (6.x) throws for a replaceOne/updateOne whose write failed: it copies
 * `writeErrors[0]` onto a MongoServerError (operations/update.js). These are the fields real
 * MongoDB 4.2+ puts there.
 */
function realMongoError(index: string, keyPattern: Record<string, number>, keyValue: Record<string, unknown>, dupKey: string) {
  return new mongo.MongoServerError({
    index: 0,
    code: 11000,
    keyPattern,
    keyValue,
    errmsg: `E11000 duplicate key error collection: aftersales.tickets index: ${index} dup key: ${dupKey}`,
  });
}

/** What mongo-java-server 1.47 sends (seen on deploy/local/mongo): no keyPattern, no keyValue. */
function javaServerError(index: string, dupKey: string) {
  return new mongo.MongoServerError({
    index: 0,
    code: 11000,
    codeName: 'DuplicateKey',
    errmsg: `E11000 duplicate key error collection: aftersales.tickets index: ${index} dup key: ${dupKey}`,
  });
}

describe('duplicate-key errors', () => {
  describe('real MongoDB (keyPattern and keyValue present)', () => {
    const idCollision = realMongoError('_id_', { _id: 1 }, { _id: 'x' }, '{ _id: "x" }');
    const emailCollision = realMongoError('contact.email_1', { 'contact.email': 1 }, { 'contact.email': 'li@example.cn' }, '{ contact.email: "li@example.cn" }');

    it('recognises the _id collision from keyPattern', () => {
      expect(isDuplicateKey(idCollision)).toBe(true);
      expect(isIdCollision(idCollision)).toBe(true);
      expect(isIdCollision(emailCollision)).toBe(false);
    });

    it('decides by keyPattern even when the message would say otherwise', () => {
      // A compound index that starts with _id is not the _id index.
      const compound = realMongoError('_id_1_tenant_1', { _id: 1, tenant: 1 }, { _id: 'x', tenant: 'a' }, '{ _id: "x", tenant: "a" }');
      expect(isIdCollision(compound)).toBe(false);
      const renamed = realMongoError('by_email', { email: 1 }, { email: 'a' }, '{ email: "a" }');
      expect(isIdCollision(renamed)).toBe(false);
    });

    it("names the index as the server does and the key from keyValue in the port's error", () => {
      expect(toDuplicateKeyError('tickets', idCollision)).toMatchObject({
        code: DuplicateKeyError.CODE,
        collection: 'tickets',
        index: '_id_',
        key: '{"_id":"x"}',
      });
      expect(toDuplicateKeyError('tickets', emailCollision)).toMatchObject({ index: 'contact.email_1', key: '{"contact.email":"li@example.cn"}' });
    });

    it('derives the default index name from keyPattern when the message names none', () => {
      const bare = new mongo.MongoServerError({ code: 11000, keyPattern: { _id: 1 }, keyValue: { _id: 'x' }, errmsg: 'E11000 duplicate key error' });
      expect(isIdCollision(bare)).toBe(true);
      expect(toDuplicateKeyError('c', bare).index).toBe('_id_');
      const other = new mongo.MongoServerError({ code: 11000, keyPattern: { a: 1, b: -1 }, keyValue: { a: 1, b: 2 }, errmsg: 'E11000 duplicate key error' });
      expect(toDuplicateKeyError('c', other).index).toBe('a_1_b_-1');
    });
  });

  describe('mongo-java-server (the message only)', () => {
    it('recognises the _id collision from the index name in the message', () => {
      expect(isIdCollision(javaServerError('_id_', '{ _id: "x" }'))).toBe(true);
      expect(isIdCollision(javaServerError('a.b_1', '{ a.b: 1 }'))).toBe(false);
      // A field whose name merely contains _id_.
      expect(isIdCollision(javaServerError('owner_id__1', '{ owner_id_: 1 }'))).toBe(false);
    });

    it("takes the index and key from the message for the port's error", () => {
      expect(toDuplicateKeyError('tickets', javaServerError('a.b_1', '{ a.b: 1 }'))).toMatchObject({ index: 'a.b_1', key: '{ a.b: 1 }' });
    });

    it('reads the legacy <db>.<coll>.$<index> form and a message with no index at all', () => {
      const legacy = new mongo.MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key error index: aftersales.tickets.$_id_ dup key: { : "x" }' });
      expect(isIdCollision(legacy)).toBe(true);
      const noIndex = new mongo.MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key error dup key: { _id: "x" }' });
      expect(isIdCollision(noIndex)).toBe(true);
      expect(toDuplicateKeyError('c', noIndex)).toMatchObject({ index: 'unknown', key: '{ _id: "x" }' });
    });
  });

  it('is not a duplicate key unless a MongoServerError with code 11000', () => {
    expect(isDuplicateKey(new mongo.MongoServerError({ code: 11001, errmsg: 'x' }))).toBe(false);
    expect(isDuplicateKey(Object.assign(new Error('E11000'), { code: 11000 }))).toBe(false);
  });

  describe('index creation failures', () => {
    it('keeps duplicate keys and index conflicts (a retry fails the same way), retries anything else', () => {
      expect(isDeterministicIndexError(realMongoError('email_1', { email: 1 }, { email: 'a' }, '{ email: "a" }'))).toBe(true);
      expect(isDeterministicIndexError(new DuplicateKeyError('c', 'email_1', 'a'))).toBe(true);
      expect(isDeterministicIndexError(new mongo.MongoServerError({ code: 85, codeName: 'IndexOptionsConflict', errmsg: 'x' }))).toBe(true);
      expect(isDeterministicIndexError(new mongo.MongoServerError({ code: 86, codeName: 'IndexKeySpecsConflict', errmsg: 'x' }))).toBe(true);
      expect(isDeterministicIndexError(new mongo.MongoServerError({ codeName: 'IndexKeySpecsConflict', errmsg: 'x' }))).toBe(true);

      expect(isDeterministicIndexError(new mongo.MongoNetworkError('connection refused'))).toBe(false);
      expect(isDeterministicIndexError(new mongo.MongoNetworkTimeoutError('connection timed out'))).toBe(false);
      expect(isDeterministicIndexError(new mongo.MongoServerError({ code: 91, codeName: 'ShutdownInProgress', errmsg: 'x' }))).toBe(false);
      expect(isDeterministicIndexError(new Error('boom'))).toBe(false);
    });
  });
});
