import { createHash } from 'node:crypto';
import {
  CountOptions,
  DocumentCollection,
  UpsertEntry,
  assertDistinctIds,
  DocumentFilter,
  DocumentStore,
  DocumentUpdate,
  DuplicateKeyError,
  FindOptions,
  GuardedWriteResult,
  IndexSpec,
  POSITION_FIELD,
  StoredDocument,
  applyDocumentUpdate,
  assertQueryable,
  checkDocumentUpdate,
} from '@aftersales/eventsourcing';
import { SqlClient, SqlExecutor, quoteSchema } from '../sql-client';
import { TableMaintenance } from '../table-maintenance';
import { Params, filterSql, orderBySql, pathSegments, valueExpression } from './filter-sql';

type Fields = Record<string, unknown>;

export const DEFAULT_READ_MODEL_SCHEMA = 'read_models';

/** A unique index broken by a write (SQLSTATE 23505); other errors pass through. */
function uniqueViolation(err: unknown): { constraint: string; detail: string } | null {
  const e = err as { code?: unknown; constraint?: unknown; detail?: unknown };
  if (e?.code !== '23505') return null;
  return { constraint: String(e.constraint ?? ''), detail: String(e.detail ?? '') };
}

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** MongoDB's name for an index (`status_1_dueAt_1`), used in errors so both adapters read alike. */
function mongoIndexName(spec: IndexSpec): string {
  return Object.entries(spec.fields)
    .map(([path, direction]) => `${path}_${direction}`)
    .join('_');
}

/** A collection's table: readable, unique by a hash of the name, within quoteSchema's 48 characters. */
export function tableNameOf(collection: string): string {
  const readable = collection
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 33);
  return `c_${readable}_${digest(collection, 10)}`;
}

interface CollectionInfo {
  readonly name: string;
  readonly table: string;
  /** Paths covered by a declared index: compared through the index expression (filter-sql.ts). */
  readonly indexedPaths: Set<string>;
  /** Paths of multikey indexes: hold arrays, matched by containment through a GIN index. */
  readonly arrayPaths: Set<string>;
  /** PostgreSQL index name → the MongoDB-style name, for duplicate-key errors. */
  readonly indexNames: Map<string, string>;
  /** Every DDL statement of the collection (table, then indexes), all IF NOT EXISTS. */
  readonly statements: string[];
  /** DDL not yet run and committed outside a transaction: the table (first use) and indexes declared since. */
  pending: string[];
  /** The DDL under way; cleared when it fails, so the next operation tries again. */
  creating: Promise<void> | null;
}

interface Row {
  id: string;
  position: string;
  doc: Fields;
}

/**
 * Read models as JSONB documents in PostgreSQL (ARCHITECTURE.md "Two ways to run": the standalone's
 * PGlite database, or a service's schema on the server with READ_MODELS=postgres). One table per
 * collection, `(id, position, doc)`; each declared index becomes an expression index over the
 * same expressions the filter translation writes (filter-sql.ts, ADR 010), with the id last so
 * sorted pages come straight off the index. The position guard is part of each write statement.
 *
 * Work done inside `client.transaction(...)` (the ambient transaction of the SQL clients) joins
 * it: a projection's writes and its checkpoint commit together.
 */
export class PostgresDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, CollectionInfo>();
  private readonly schema: string;
  private readonly schemaReady: Promise<void>;
  /** PGlite only: statistics and dead rows of updated documents (the server has autovacuum). */
  private readonly maintenance: TableMaintenance | null;
  /** Reads recorded for plan checks (recordReads), or null. */
  private recorded: RecordedRead[] | null = null;

  constructor(
    private readonly client: SqlClient,
    options: { schema?: string } = {},
  ) {
    this.schema = quoteSchema(options.schema ?? DEFAULT_READ_MODEL_SCHEMA);
    this.maintenance = client.singleConnection ? new TableMaintenance(client) : null;
    this.schemaReady = this.ddl(`aftersales.read-models.${this.schema}`, [
      `CREATE SCHEMA IF NOT EXISTS ${this.schema}`,
      // Checkpoints beside the documents (PostgresCheckpointStore on this schema), so a
      // projection's batch and its checkpoint can commit in one transaction (ADR 010).
      `CREATE TABLE IF NOT EXISTS ${this.schema}.checkpoints (
         name       text        PRIMARY KEY,
         position   bigint      NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
    ]);
    // Surfaced by the first operation that awaits it.
    this.schemaReady.catch(() => undefined);
  }

  collection<T extends StoredDocument = StoredDocument>(name: string, indexes: readonly IndexSpec[] = []): DocumentCollection<T> {
    if (name === '') throw new Error('a collection needs a name');
    let info = this.collections.get(name);
    if (!info) {
      const table = `${this.schema}.${quoteSchema(tableNameOf(name))}`;
      info = {
        name,
        table,
        indexedPaths: new Set(),
        arrayPaths: new Set(),
        indexNames: new Map(),
        statements: [],
        pending: [],
        creating: null,
      };
      const create = `CREATE TABLE IF NOT EXISTS ${table} (
             id       text   COLLATE "C" PRIMARY KEY,
             position bigint NOT NULL,
             doc      jsonb  NOT NULL
           )`;
      info.statements.push(create);
      info.pending.push(create);
      this.collections.set(name, info);
    }
    for (const spec of indexes) {
      const statement = this.indexStatement(info, spec);
      if (!statement) continue;
      info.statements.push(statement);
      info.pending.push(statement);
    }
    return new PostgresDocumentCollection<T>(this.client, info, {
      ready: () => this.ensure(info),
      changed: (rows) => this.maintenance?.changedRows(info.table, rows),
      read: (sql, params) => this.recorded?.push({ collection: info.name, sql, params }),
    });
  }

  /**
   * Runs a collection's DDL before its first operation (collection() is synchronous). Outside a
   * transaction, once per process in a transaction of its own, shared by concurrent callers.
   * Inside one (a projection's batch) it never waits for DDL another context started: on PGlite
   * that DDL queues behind this very transaction, and on a server it would not be committed
   * yet for others to use. It runs every statement itself in the transaction (IF NOT EXISTS),
   * marks nothing done (a rollback would undo it), and starts the shared DDL outside the
   * transaction, which completes after this one ends.
   */
  private async ensure(info: CollectionInfo): Promise<void> {
    if (info.pending.length === 0 && !info.creating) return;
    if (this.client.inTransaction()) {
      await this.schemaReady;
      await this.client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`aftersales.read-models.${info.table}`]);
      for (const sql of info.statements) await this.client.query(sql).catch((err: unknown) => Promise.reject(this.ddlError(err, info.name)));
      this.client.outsideTransaction(() => void this.ensureShared(info).catch(() => undefined));
      return;
    }
    await this.ensureShared(info);
  }

  private async ensureShared(info: CollectionInfo): Promise<void> {
    while (info.pending.length > 0 || info.creating) {
      if (!info.creating) {
        const statements = info.pending;
        info.pending = [];
        info.creating = this.schemaReady
          .then(() => this.ddl(`aftersales.read-models.${info.table}`, statements, info.name))
          .catch((err: unknown) => {
            info.pending = [...statements, ...info.pending];
            throw err;
          })
          .finally(() => (info.creating = null));
      }
      await info.creating;
    }
  }

  /** Resolves once the schema (and its checkpoints table) exists; rejects if it cannot be created. */
  ready(): Promise<void> {
    return this.schemaReady;
  }

  /** The client's own lifetime is its owner's (the event store's, standalone). */
  async close(): Promise<void> {
    await this.maintenance?.stop();
    await Promise.allSettled([...this.collections.values()].map((c) => c.creating));
  }

  /**
   * Starts recording every find and count (their SQL and parameters) until the returned function
   * is called, which hands them back: how tests collect the query shapes the app really sends, to
   * check each one's plan (ARCHITECTURE.md "Delivery": every query is served by an index).
   */
  recordReads(): () => RecordedRead[] {
    const recorded: RecordedRead[] = [];
    this.recorded = recorded;
    return () => {
      if (this.recorded === recorded) this.recorded = null;
      return recorded;
    };
  }

  /**
   * How the planner reads the tables for a recorded read, with sequential scans disabled (so the
   * answer does not depend on how many rows a test seeded): each scan of a table, and whether an
   * index condition narrows it. A scan with no condition (`Seq Scan`, or a whole index walked)
   * means no declared index can serve the query. An index walked in its own order straight under a
   * Limit, with no filter (the latest of a collection: `sort` and `limit` only), reads no more
   * entries than the limit, and counts as narrowed.
   */
  async scansOf(read: RecordedRead): Promise<{ node: string; table: string; narrowed: boolean }[]> {
    const plan = await this.client.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const [row] = await tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${read.sql}`, read.params);
      return row['QUERY PLAN'];
    });
    const scans: { node: string; table: string; narrowed: boolean }[] = [];
    const walk = (node: PlanNode, underLimit: boolean) => {
      const topOfIndex = underLimit && (node['Node Type'] === 'Index Scan' || node['Node Type'] === 'Index Only Scan') && node['Filter'] === undefined;
      const narrowed = node['Index Cond'] !== undefined || topOfIndex;
      if (node['Relation Name']) scans.push({ node: node['Node Type'], table: node['Relation Name'], narrowed: node['Node Type'] === 'Bitmap Heap Scan' ? true : narrowed });
      for (const child of node.Plans ?? []) walk(child, node['Node Type'] === 'Limit');
    };
    const root = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
    walk(root[0].Plan, false);
    return scans;
  }

  private indexName(info: CollectionInfo, spec: IndexSpec): string {
    return `ix_${digest(`${info.table}|${JSON.stringify(spec.fields)}|${spec.unique === true}`, 16)}`;
  }

  /** The CREATE INDEX of a spec not declared before in this process (null if it was). */
  private indexStatement(info: CollectionInfo, spec: IndexSpec): string | null {
    const paths = Object.keys(spec.fields);
    if (paths.length === 0) throw new Error(`an index on ${info.name} needs at least one field`);
    assertQueryable(spec.fields);
    const name = this.indexName(info, spec);
    if (info.indexNames.has(name)) return null;
    info.indexNames.set(name, mongoIndexName(spec));
    if (spec.multikey) {
      if (paths.length !== 1 || spec.unique || paths[0] === '_id') throw new Error(`a multikey index on ${info.name} takes one array field and is not unique`);
      info.arrayPaths.add(paths[0]);
      return `CREATE INDEX IF NOT EXISTS ${name} ON ${info.table} USING gin (${valueExpression(paths[0])} jsonb_path_ops)`;
    }
    const columns = Object.entries(spec.fields).map(([path, direction]) => {
      if (direction !== 1 && direction !== -1) throw new Error(`index direction of ${path} must be 1 or -1`);
      if (path === '_id') return direction === 1 ? 'id ASC' : 'id DESC';
      pathSegments(path);
      info.indexedPaths.add(path);
      if (spec.unique) return `COALESCE(${valueExpression(path)}, 'null'::jsonb)`;
      return `${valueExpression(path)} ${direction === 1 ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'}`;
    });
    // A unique index holds the key alone; others end with the id, the tie-breaker of every sort.
    if (spec.unique) return `CREATE UNIQUE INDEX IF NOT EXISTS ${name} ON ${info.table} (${columns.join(', ')})`;
    if (!paths.includes('_id')) columns.push('id');
    return `CREATE INDEX IF NOT EXISTS ${name} ON ${info.table} (${columns.join(', ')})`;
  }

  /** A unique index that documents already break, as MongoDB's createIndex refuses it; other errors as they are. */
  private ddlError(err: unknown, collection: string): unknown {
    const violation = uniqueViolation(err);
    return violation ? new DuplicateKeyError(collection, violation.constraint, violation.detail.replace(/^Key /, '')) : err;
  }

  /** DDL in one transaction under an advisory lock: processes opening the same store do not race. */
  private async ddl(lock: string, statements: readonly string[], collection = ''): Promise<void> {
    await this.client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
      for (const sql of statements) {
        await tx.query(sql).catch((err: unknown) => Promise.reject(this.ddlError(err, collection)));
      }
    });
  }
}

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Cond'?: string;
  readonly Filter?: string;
  readonly Plans?: PlanNode[];
}

export interface RecordedRead {
  readonly collection: string;
  readonly sql: string;
  readonly params: readonly unknown[];
}

interface CollectionHooks {
  ready(): Promise<void>;
  changed(rows: number): void;
  read(sql: string, params: readonly unknown[]): void;
}

class PostgresDocumentCollection<T extends StoredDocument> implements DocumentCollection<T> {
  constructor(
    private readonly db: SqlExecutor,
    private readonly info: CollectionInfo,
    private readonly hooks: CollectionHooks,
  ) {}

  private ready(): Promise<void> {
    return this.hooks.ready();
  }

  async get(id: string): Promise<T | null> {
    await this.ready();
    const [row] = await this.db.query<Row>(`SELECT id, position::text AS position, doc FROM ${this.info.table} WHERE id = $1`, [id]);
    return row ? toDocument<T>(row) : null;
  }

  async find(filter: DocumentFilter = {}, options: FindOptions = {}): Promise<T[]> {
    await this.ready();
    const params = new Params();
    const where = filterSql(filter, params, this.info);
    const order = orderBySql(options.sort);
    // As in MongoDB, a limit of 0 means no limit.
    const limit = options.limit ? ` LIMIT ${params.add(options.limit)}::bigint` : '';
    const offset = options.skip ? ` OFFSET ${params.add(options.skip)}::bigint` : '';
    const sql = `SELECT id, position::text AS position, doc FROM ${this.info.table} WHERE ${where} ORDER BY ${order}${limit}${offset}`;
    this.hooks.read(sql, params.values);
    const rows = await this.db.query<Row>(sql, params.values);
    return rows.map((row) => toDocument<T>(row));
  }

  async count(filter: DocumentFilter = {}, options: CountOptions = {}): Promise<number> {
    await this.ready();
    const params = new Params();
    const where = filterSql(filter, params, this.info);
    const sql = options.limit
      ? `SELECT count(*)::text AS n FROM (SELECT 1 FROM ${this.info.table} WHERE ${where} LIMIT ${params.add(options.limit)}::bigint) AS counted`
      : `SELECT count(*)::text AS n FROM ${this.info.table} WHERE ${where}`;
    this.hooks.read(sql, params.values);
    const [row] = await this.db.query<{ n: string }>(sql, params.values);
    return Number(row.n);
  }

  async upsert(doc: Omit<T, '_position'>, position: bigint): Promise<GuardedWriteResult> {
    const { _id: id, [POSITION_FIELD]: _ignored, ...fields } = doc as Fields;
    if (typeof id !== 'string' || id === '') throw new Error(`a document in ${this.info.name} needs a string _id`);
    await this.ready();
    const rows = await this.write(
      `INSERT INTO ${this.info.table} AS t (id, position, doc) VALUES ($1, $2::bigint, $3::jsonb)
       ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, doc = EXCLUDED.doc
       WHERE t.position < EXCLUDED.position
       RETURNING 1 AS applied`,
      [id, position.toString(), JSON.stringify(fields)],
    );
    return rows.length > 0 ? 'applied' : 'stale';
  }

  /** One statement for the whole batch, each row under its own position guard. */
  async upsertMany(entries: readonly UpsertEntry<T>[]): Promise<GuardedWriteResult[]> {
    assertDistinctIds(entries);
    if (entries.length === 0) return [];
    const rows = entries.map(({ doc, position }) => {
      const { _id: id, [POSITION_FIELD]: _ignored, ...fields } = doc as Fields;
      if (typeof id !== 'string' || id === '') throw new Error(`a document in ${this.info.name} needs a string _id`);
      return { id, position: position.toString(), doc: fields };
    });
    await this.ready();
    const written = (await this.write(
      `INSERT INTO ${this.info.table} AS t (id, position, doc)
       SELECT r.id, r.position::bigint, r.doc FROM jsonb_to_recordset($1::jsonb) AS r(id text, position text, doc jsonb)
       ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, doc = EXCLUDED.doc
       WHERE t.position < EXCLUDED.position
       RETURNING id`,
      [JSON.stringify(rows)],
    )) as { id: string }[];
    const applied = new Set(written.map((r) => r.id));
    return rows.map((r) => (applied.has(r.id) ? 'applied' : 'stale'));
  }

  /**
   * Read, apply in JS, write back only if nobody wrote in between (the position read is part of
   * the UPDATE's condition): a concurrent writer makes it read again rather than lose its change.
   */
  async patch(id: string, update: DocumentUpdate, position: bigint): Promise<GuardedWriteResult> {
    checkDocumentUpdate(update);
    await this.ready();
    for (;;) {
      const [row] = await this.db.query<Row>(`SELECT id, position::text AS position, doc FROM ${this.info.table} WHERE id = $1`, [id]);
      if (!row || BigInt(row.position) >= position) return 'stale';
      const next = applyDocumentUpdate(row.doc, update);
      const written = await this.write(
        `UPDATE ${this.info.table} SET position = $2::bigint, doc = $3::jsonb WHERE id = $1 AND position = $4::bigint RETURNING 1 AS applied`,
        [id, position.toString(), JSON.stringify(next), row.position],
      );
      if (written.length > 0) return 'applied';
    }
  }

  async delete(id: string): Promise<void> {
    await this.ready();
    await this.db.query(`DELETE FROM ${this.info.table} WHERE id = $1`, [id]);
  }

  async clear(): Promise<void> {
    await this.ready();
    await this.db.query(`TRUNCATE ${this.info.table}`);
  }

  private async write(sql: string, params: unknown[]): Promise<object[]> {
    try {
      const rows = await this.db.query(sql, params);
      this.hooks.changed(rows.length);
      return rows;
    } catch (err) {
      const violation = uniqueViolation(err);
      if (!violation) throw err;
      const index = this.info.indexNames.get(violation.constraint) ?? violation.constraint;
      throw new DuplicateKeyError(this.info.name, index, violation.detail.replace(/^Key /, ''));
    }
  }
}

function toDocument<T extends StoredDocument>(row: Row): T {
  return { _id: row.id, ...row.doc, _position: BigInt(row.position) } as unknown as T;
}
