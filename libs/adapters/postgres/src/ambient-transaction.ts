import { AsyncLocalStorage } from 'node:async_hooks';
import { SqlExecutor } from './sql-client';

/**
 * The transaction an async context runs in, for the SQL clients' ambient transactions
 * (sql-client.ts): work started from within `run` finds it, so a projection's document and
 * checkpoint writes, however deep in the call chain, join its transaction.
 */
export class AmbientTransaction {
  private readonly storage = new AsyncLocalStorage<{ readonly executor: SqlExecutor; open: boolean }>();

  /** The executor of the calling context's transaction while it is open; null outside one. */
  current(): SqlExecutor | null {
    const ambient = this.storage.getStore();
    return ambient?.open ? ambient.executor : null;
  }

  /**
   * Runs `work` as the transaction of its context. The transaction closes for the context as soon
   * as `work` settles, before the caller commits or rolls back: a late promise of the context
   * then goes through the client as any other caller.
   */
  async run<T>(executor: SqlExecutor, work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const ambient = { executor, open: true };
    try {
      return await this.storage.run(ambient, () => work(executor));
    } finally {
      ambient.open = false;
    }
  }

  /** Runs `work` outside any transaction (its context and what it starts). */
  outside<T>(work: () => T): T {
    return this.storage.exit(work);
  }
}
