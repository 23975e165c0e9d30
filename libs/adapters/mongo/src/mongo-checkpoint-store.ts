import { CheckpointStore } from '@aftersales/eventsourcing';
import { Connection, mongo } from 'mongoose';
import { isDuplicateKey } from './duplicate-key';
import { positionFromBson, positionToBson } from './positions';

export const DEFAULT_CHECKPOINT_COLLECTION = 'checkpoints';

interface CheckpointDocument {
  _id: string;
  position: mongo.Long;
}

/**
 * Checkpoints in the read models' own database (ARCHITECTURE.md "Delivery"), one document per
 * subscriber name. A checkpoint only moves forwards: the same conditional filter as the read
 * models' position guard, so a late or repeated store is a no-op.
 */
export class MongoCheckpointStore implements CheckpointStore {
  private readonly collectionName: string;

  constructor(
    private readonly connection: Connection,
    options: { collection?: string } = {},
  ) {
    this.collectionName = options.collection ?? DEFAULT_CHECKPOINT_COLLECTION;
  }

  async load(name: string): Promise<bigint | null> {
    const doc = await this.raw().findOne({ _id: name });
    return doc ? positionFromBson(doc.position) : null;
  }

  async store(name: string, position: bigint): Promise<void> {
    const stored = positionToBson(position);
    // A missing document or an older one matches and is (up)serted; a newer one does not match,
    // and the upsert's insert then collides on _id. So does a racing first store: re-read and
    // try again while ours is still the higher position.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.raw().updateOne({ _id: name, position: { $lt: stored } }, { $set: { position: stored } }, { upsert: true });
        return;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const current = await this.load(name);
        if (current !== null && current >= position) return;
        if (attempt >= 10) throw err;
      }
    }
  }

  async reset(name: string): Promise<void> {
    await this.raw().deleteOne({ _id: name });
  }

  private raw(): mongo.Collection<CheckpointDocument> {
    const db = this.connection.db;
    if (!db) throw new Error('the MongoDB connection is not open');
    return db.collection<CheckpointDocument>(this.collectionName);
  }
}
