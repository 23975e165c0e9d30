import { Connection } from 'mongoose';
import { MongoConnectionOptions, openMongoConnection } from './connection';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { MongoDocumentStore } from './mongo-document-store';

export interface MongoReadModels {
  readonly documents: MongoDocumentStore;
  readonly checkpoints: MongoCheckpointStore;
  readonly connection: Connection;
  /** Closes the connection both stores share. */
  close(): Promise<void>;
}

/** A service's read models and their checkpoints on one connection to one database. */
export async function openMongoReadModels(url: string, options: MongoConnectionOptions = {}): Promise<MongoReadModels> {
  const connection = await openMongoConnection(url, options);
  return {
    documents: new MongoDocumentStore(connection),
    checkpoints: new MongoCheckpointStore(connection),
    connection,
    close: () => connection.close(),
  };
}
