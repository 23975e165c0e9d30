import { AppendResult, ExpectedRevision, NewEvent } from '@aftersales/eventsourcing';
import { AppendOutcome, appendGroup, appendInTransaction, currentRevision, translateAppendError } from './append-events';
import { EVENTS_PER_TRANSACTION } from './schema';
import { SqlClient, SqlExecutor } from './sql-client';

interface PendingAppend {
  readonly stream: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(err: unknown): void;
}

/**
 * Subtransactions per transaction stay modest: each member that writes takes a subtransaction id,
 * and a huge group only delays its first caller's answer without saving another commit.
 */
const MAX_APPENDS_PER_GROUP = 1_000;

/**
 * Group commit for a single-connection database (ARCHITECTURE.md "Infrastructure": PGlite commits
 * single-row transactions far slower than rows within one). Appends that arrive while a
 * transaction runs wait and then go together in the next one, one statement for the whole group
 * (append_events_group), each in its own savepoint (the EXCEPTION block of append_events_isolated)
 * so a conflict or error undoes only that append.
 * Nobody waits on a timer: an append on an idle store starts at once, and the group is whatever
 * queued up behind it. Every caller learns its outcome only after COMMIT returned.
 */
export class GroupCommit {
  private queue: PendingAppend[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly client: SqlClient,
    private readonly schema: string,
  ) {}

  append(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ stream, events, expected, resolve, reject });
      this.running ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.commit(this.takeGroup());
    } finally {
      this.running = null;
    }
  }

  /**
   * The longest queue prefix whose events the position numbering of one transaction can hold;
   * never empty, so an oversized append reaches the database's own check and is refused there.
   */
  private takeGroup(): PendingAppend[] {
    let events = 0;
    let count = 0;
    while (
      count < this.queue.length &&
      count < MAX_APPENDS_PER_GROUP &&
      (count === 0 || events + this.queue[count].events.length <= EVENTS_PER_TRANSACTION)
    ) {
      events += this.queue[count].events.length;
      count++;
    }
    return this.queue.splice(0, count);
  }

  /** Work whose commit must be durable before it is visible (ADR 004); plain where COMMIT already is. */
  private durably<T>(work: (client: SqlExecutor & Pick<SqlClient, 'transaction'>) => Promise<T>): Promise<T> {
    return this.client.writeDurably ? this.client.writeDurably(work) : work(this.client);
  }

  private async commit(group: PendingAppend[]): Promise<void> {
    if (group.length === 1) return this.commitAlone(group[0]);
    let outcomes: AppendOutcome[];
    try {
      // One statement, so one implicit transaction: its COMMIT is the statement's end.
      outcomes = await this.durably((client) => appendGroup(client, this.schema, group));
    } catch (err) {
      // A statement, COMMIT or the flush failed: no caller of the group may be told it is durable.
      for (const p of group) p.reject(err);
      return;
    }
    group.forEach((p, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) p.resolve(outcome.result);
      else p.reject(outcome.error);
    });
  }

  /**
   * A group of one needs neither BEGIN/COMMIT nor a savepoint: its single statement is its own
   * transaction, committed before the statement returns.
   */
  private async commitAlone(p: PendingAppend): Promise<void> {
    try {
      p.resolve(await this.durably((client) => appendInTransaction(client, this.schema, p.stream, p.events, p.expected)));
    } catch (err) {
      p.reject(await translateAppendError(err, p.stream, p.expected, () => currentRevision(this.client, this.schema, p.stream)));
    }
  }
}
