import { DocumentFilter, DocumentSort, DocumentUpdate, checkDocumentUpdate } from '@aftersales/eventsourcing';

/** Where the write guard lives in a stored document (the port's `_position`). */
export const POSITION_FIELD = '_position';

/**
 * Operators that run JavaScript on the server. The in-memory store has no equivalent a JSON
 * filter could reach, and a filter assembled from request input must never execute code.
 */
const SERVER_SIDE_JAVASCRIPT = new Set(['$where', '$function', '$accumulator']);

function rootOf(path: string): string {
  return path.split('.')[0];
}

/**
 * Refuses what the port forbids in filters, sorts and index specs (document-store.ts): any key on
 * `_position`, including inside `$and`/`$or`/`$elemMatch`/`$not`, and aggregation field paths
 * (`'$_position'`) that `$expr` could compare; and server-side JavaScript. Queries on `_position`
 * would otherwise see the stored int64 here and nothing in the in-memory store.
 */
export function assertQueryable(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(assertQueryable);
    return;
  }
  if (typeof value === 'string') {
    if (value === `$${POSITION_FIELD}` || value.startsWith(`$${POSITION_FIELD}.`)) throw positionRefused();
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, nested] of Object.entries(value)) {
    if (rootOf(key) === POSITION_FIELD) throw positionRefused();
    if (SERVER_SIDE_JAVASCRIPT.has(key)) throw new Error(`${key} runs JavaScript on the server; read models do not allow it`);
    assertQueryable(nested);
  }
}

function positionRefused(): Error {
  return new Error(`${POSITION_FIELD} is the write guard of a read model, not a field to query, sort or index on`);
}

export function assertFilter(filter: DocumentFilter): void {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) throw new TypeError('a filter must be an object');
  assertQueryable(filter);
}

export function assertSort(sort: DocumentSort | undefined): void {
  if (sort === undefined) return;
  assertQueryable(sort);
  for (const [path, direction] of Object.entries(sort)) {
    if (direction !== 1 && direction !== -1) throw new Error(`sort direction of ${path} must be 1 or -1`);
  }
}

/**
 * A document id as the port types it. A JSON body or query string can hand over an object where a
 * string was meant (`{ "$ne": null }`), which as `{ _id: id }` would match any document.
 */
export function assertId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id === '') throw new TypeError(`a document id must be a non-empty string, got ${JSON.stringify(id)}`);
}

/** Checks an update as every store does before applying any of it (document-update.ts). */
export function assertUpdate(update: DocumentUpdate): void {
  checkDocumentUpdate(update ?? {});
}
