import mongoose, { Connection } from 'mongoose';

export interface MongoConnectionOptions {
  /** Database for read models and checkpoints; defaults to the one named in the URL. */
  readonly dbName?: string;
  /** How long an operation waits for a reachable server before failing. */
  readonly serverSelectionTimeoutMS?: number;
}

/**
 * One mongoose connection for a service's read models and their checkpoints, so both live in one
 * database (ARCHITECTURE.md "Delivery"). Documents are schemaless, so the adapters work on the
 * native driver's collections through it; mongoose contributes the connection lifecycle.
 * The driver is pinned to what the Mongo-wire test server speaks: docs/adr/005-mongo-driver-pin.md.
 */
export async function openMongoConnection(url: string, options: MongoConnectionOptions = {}): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    dbName: options.dbName,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    // Read models carry JSON: an undefined field is absent, as in the in-memory store, not null.
    ignoreUndefined: true,
    // Indexes are declared per read model by the document store, never guessed from schemas.
    autoIndex: false,
    autoCreate: false,
  });
  try {
    return await connection.asPromise();
  } catch (err) {
    await connection.close().catch(() => undefined);
    throw err;
  }
}
