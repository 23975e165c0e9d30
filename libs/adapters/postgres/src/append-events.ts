import {
  AppendResult,
  DuplicateEventIdError,
  ExpectedRevision,
  InvalidAppendError,
  NewEvent,
  PreparedEvent,
  WrongExpectedRevisionError,
  prepareAppend as prepareEvents,
} from '@aftersales/eventsourcing';
import { IsolatedAppendDatabaseError, SQLSTATE, isPostgresError } from './errors';
import { EVENTS_PER_TRANSACTION } from './schema';
import { SqlExecutor, quoteSchema } from './sql-client';

/**
 * Refuses, before anything reaches the database, what no transaction could hold, and prepares the
 * events by the port's rule (ids that are not UUIDs would otherwise become raw SQL errors).
 * Idempotent, so a prepared append may pass through it again.
 */
export function prepareAppend(stream: string, events: readonly NewEvent[]): PreparedEvent[] {
  if (events.length > EVENTS_PER_TRANSACTION) {
    throw new InvalidAppendError(stream, `an append holds at most ${EVENTS_PER_TRANSACTION} events (ADR 002)`);
  }
  return prepareEvents(stream, events);
}

function encodeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'bigint' ? expected.toString() : expected;
}

/** The JSON append_events reads field by field: a PreparedEvent already has exactly those fields. */
function encodeEvents(events: readonly PreparedEvent[]): string {
  return JSON.stringify(events);
}

interface AppendRow {
  appended: boolean;
  actual_revision: string | null;
  last_revision: string | null;
  last_position: string | null;
}

interface IsolatedAppendRow extends AppendRow {
  error_sqlstate: string | null;
  error_constraint: string | null;
  error_message: string | null;
}

export type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

const RESULT_COLUMNS = 'appended, actual_revision::text, last_revision::text, last_position::text';

function decode(row: AppendRow, stream: string, expected: ExpectedRevision): AppendOutcome {
  if (!row.appended) {
    const actual = row.actual_revision === null ? null : BigInt(row.actual_revision);
    return { ok: false, error: new WrongExpectedRevisionError(stream, expected, actual) };
  }
  return {
    ok: true,
    result: { nextExpectedRevision: BigInt(row.last_revision as string), position: BigInt(row.last_position as string) },
  };
}

/**
 * Appends inside whatever transaction `tx` is in (an implicit one for a lone statement).
 * `firstIndex` numbers the events after those already appended in the same transaction.
 * Throws WrongExpectedRevisionError on a conflict, having written nothing; database errors
 * (unique violations included) propagate raw: see translateAppendError.
 */
export async function appendInTransaction(
  tx: SqlExecutor,
  schema: string,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  firstIndex = 0,
): Promise<AppendResult> {
  const prepared = prepareAppend(stream, events);
  const [row] = await tx.query<AppendRow>(
    `SELECT ${RESULT_COLUMNS} FROM ${quoteSchema(schema)}.append_events($1, $2, $3, $4::jsonb)`,
    [stream, encodeExpected(expected), firstIndex, encodeEvents(prepared)],
  );
  const outcome = decode(row, stream, expected);
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

/**
 * One member of a group commit, undone alone if it fails (append_events_isolated). Its own failure,
 * a conflict or a database error, comes back as an outcome with the port's error where one
 * applies; a throw means the statement itself failed, and with it the whole transaction.
 */
export async function appendIsolated(
  tx: SqlExecutor,
  schema: string,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  firstIndex: number,
): Promise<AppendOutcome> {
  let prepared: PreparedEvent[];
  try {
    prepared = prepareAppend(stream, events);
  } catch (err) {
    // This member's own fault: the rest of the group goes on.
    return { ok: false, error: err };
  }
  const [row] = await tx.query<IsolatedAppendRow>(
    `SELECT ${RESULT_COLUMNS}, error_sqlstate, error_constraint, error_message
       FROM ${quoteSchema(schema)}.append_events_isolated($1, $2, $3, $4::jsonb)`,
    [stream, encodeExpected(expected), firstIndex, encodeEvents(prepared)],
  );
  if (row.error_sqlstate !== null) {
    const failure = new IsolatedAppendDatabaseError(row.error_sqlstate, row.error_constraint || undefined, row.error_message ?? '');
    return { ok: false, error: await translateAppendError(failure, stream, expected, () => currentRevision(tx, schema, stream)) };
  }
  return decode(row, stream, expected);
}

/** The stream's last committed revision, or null when it does not exist. */
export async function currentRevision(db: SqlExecutor, schema: string, stream: string): Promise<bigint | null> {
  const [row] = await db.query<{ revision: string }>(
    `SELECT revision::text AS revision FROM ${quoteSchema(schema)}.streams WHERE stream = $1`,
    [stream],
  );
  return row ? BigInt(row.revision) : null;
}

/**
 * Maps unique violations to the port's errors. The (stream, revision) key is only the backstop
 * behind the streams row lock (something wrote events without the lock), but if it fires it
 * means exactly a lost race. Call it once the failed transaction or savepoint is rolled back,
 * since it reads the actual revision.
 */
export async function translateAppendError(
  err: unknown,
  stream: string,
  expected: ExpectedRevision,
  readActual: () => Promise<bigint | null>,
): Promise<unknown> {
  if (!isPostgresError(err, SQLSTATE.UNIQUE_VIOLATION)) return err;
  if (err.constraint === 'events_id_key') return new DuplicateEventIdError(stream);
  if (err.constraint === 'events_stream_revision_key') {
    return new WrongExpectedRevisionError(stream, expected, await readActual());
  }
  return err;
}
