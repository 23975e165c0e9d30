import { SqlClient } from './sql-client';

export interface TableMaintenanceOptions {
  /** How often tables with enough changes are vacuumed and analyzed (default 30 s). */
  readonly intervalMs?: number;
  /**
   * Changed rows since the last run that make a table due: this many (default 1,000) plus a fifth
   * of the rows the table had at its last run, as autovacuum scales its own threshold, so a large
   * table is not vacuumed (every index walked, the one connection held) every half minute.
   */
  readonly threshold?: number;
  readonly onError?: (table: string, err: unknown) => void;
}

/**
 * What autovacuum does on a server, for PGlite, which has none (issue 11): without statistics the
 * planner reads a filtered page of the log or a read-model query by scanning, and without VACUUM
 * the dead versions of updated documents pile up. Writers count their changed rows here; a timer
 * (outside any transaction, since VACUUM cannot run in one) vacuums and analyzes the tables due.
 */
export class TableMaintenance {
  private readonly changed = new Map<string, number>();
  /** Rows of each table at its last run (pg_class.reltuples after ANALYZE). */
  private readonly rows = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly client: SqlClient,
    private readonly options: TableMaintenanceOptions = {},
  ) {
    this.timer = setInterval(() => void this.runDue(), options.intervalMs ?? 30_000);
    this.timer.unref();
  }

  /** Counts changed rows of a (quoted, schema-qualified) table. */
  changedRows(table: string, rows: number): void {
    this.changed.set(table, (this.changed.get(table) ?? 0) + rows);
  }

  /**
   * Statistics at open, for tables that have none (a data dir written by an older version); a
   * table analyzed before keeps its statistics, which the timer keeps current, and costs nothing here.
   */
  async analyzeUnanalyzed(tables: readonly string[]): Promise<void> {
    for (const table of tables) {
      try {
        const [row] = await this.client.query<{ rows: number }>(`SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = $1::regclass`, [table]);
        // reltuples is -1 for a table never analyzed (0 for an empty one that was).
        if (Number(row?.rows ?? -1) < 0) await this.client.query(`ANALYZE ${table}`);
      } catch (err) {
        this.options.onError?.(table, err);
      }
    }
  }

  async runDue(): Promise<void> {
    if (this.running || this.stopped) return this.running ?? undefined;
    const threshold = this.options.threshold ?? 1_000;
    const due = [...this.changed].filter(([table, rows]) => rows >= threshold + 0.2 * (this.rows.get(table) ?? 0)).map(([table]) => table);
    this.running = (async () => {
      for (const table of due) {
        if (this.stopped) return;
        this.changed.set(table, 0);
        await this.maintain(table);
      }
    })().finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async maintain(table: string): Promise<void> {
    try {
      await this.client.query(`VACUUM (ANALYZE) ${table}`);
      const [row] = await this.client.query<{ rows: number }>(`SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = $1::regclass`, [table]);
      this.rows.set(table, Math.max(0, Number(row?.rows ?? 0)));
    } catch (err) {
      this.options.onError?.(table, err);
    }
  }
}
