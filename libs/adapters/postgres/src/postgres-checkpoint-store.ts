import { CheckpointStore } from '@aftersales/eventsourcing';
import { SqlExecutor, quoteSchema } from './sql-client';

/**
 * Checkpoints beside the events, in the schema PostgresEventStore.open created. The conditional
 * upsert is one statement, so two runners storing at once still never move a checkpoint back.
 */
export class PostgresCheckpointStore implements CheckpointStore {
  private readonly table: string;

  constructor(
    private readonly db: SqlExecutor,
    schema: string,
  ) {
    this.table = `${quoteSchema(schema)}.checkpoints`;
  }

  async load(name: string): Promise<bigint | null> {
    const [row] = await this.db.query<{ position: string }>(
      `SELECT position::text AS position FROM ${this.table} WHERE name = $1`,
      [name],
    );
    return row ? BigInt(row.position) : null;
  }

  async store(name: string, position: bigint): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.table} AS c (name, position) VALUES ($1, $2::bigint)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = now()
       WHERE c.position < EXCLUDED.position`,
      [name, position.toString()],
    );
  }

  async reset(name: string): Promise<void> {
    await this.db.query(`DELETE FROM ${this.table} WHERE name = $1`, [name]);
  }
}
