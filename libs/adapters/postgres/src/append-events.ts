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

/** One member of a group commit (GroupCommit). */
export interface GroupMember {
  readonly stream: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
}

/**
 * A group commit in one statement (append_events_group): every member in its own savepoint, so a
 * member's failure, a conflict or a database error, comes back as its outcome with the port's error
 * where one applies, and the rest commit. A throw means the statement itself failed, and with it
 * every member. Each member's events are numbered after those of the members that succeeded before it.
 */
export async function appendGroup(db: SqlExecutor, schema: string, group: readonly GroupMember[]): Promise<AppendOutcome[]> {
  const outcomes: (AppendOutcome | null)[] = [];
  const sent: { index: number; member: GroupMember; events: PreparedEvent[] }[] = [];
  for (const [index, member] of group.entries()) {
    try {
      sent.push({ index, member, events: prepareAppend(member.stream, member.events) });
      outcomes.push(null);
    } catch (err) {
      // This member's own fault: the rest of the group goes on.
      outcomes.push({ ok: false, error: err });
    }
  }
  if (sent.length > 0) {
    const rows = await db.query<IsolatedAppendRow & { member: number }>(
      `SELECT member, ${RESULT_COLUMNS}, error_sqlstate, error_constraint, error_message
         FROM ${quoteSchema(schema)}.append_events_group($1::jsonb) ORDER BY member`,
      [JSON.stringify(sent.map(({ member, events }) => ({ stream: member.stream, expected: encodeExpected(member.expected), events })))],
    );
    if (rows.length !== sent.length) throw new Error(`append_events_group answered ${rows.length} of ${sent.length} members`);
    for (const [i, row] of rows.entries()) {
      const { index, member } = sent[i];
      if (row.error_sqlstate !== null) {
        const failure = new IsolatedAppendDatabaseError(row.error_sqlstate, row.error_constraint || undefined, row.error_message ?? '');
        outcomes[index] = { ok: false, error: await translateAppendError(failure, member.stream, member.expected, () => currentRevision(db, schema, member.stream)) };
      } else {
        outcomes[index] = decode(row, member.stream, member.expected);
      }
    }
  }
  return outcomes as AppendOutcome[];
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
