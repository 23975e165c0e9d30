/**
 * A database error raised inside one member of a group commit and caught there (see
 * append_events_isolated): rebuilt with the fields the drivers' own errors carry, so callers
 * handle it the same way. `code` is the SQLSTATE.
 */
export class IsolatedAppendDatabaseError extends Error {
  constructor(
    readonly code: string,
    readonly constraint: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'IsolatedAppendDatabaseError';
  }
}

/** Postgres error fields both drivers (pg and PGlite) expose. */
export interface PostgresErrorFields {
  code?: string;
  constraint?: string;
}

/** Structural, not instanceof: PGlite's errors may come from another realm (see pglite-sql-client.ts). */
export function isPostgresError(err: unknown, sqlState: string): err is Error & PostgresErrorFields {
  return typeof err === 'object' && err !== null && (err as PostgresErrorFields).code === sqlState;
}

export const SQLSTATE = {
  UNIQUE_VIOLATION: '23505',
} as const;
