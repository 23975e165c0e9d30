import { update as applyOperator } from 'mingo';
import { DocumentUpdate } from './document-store';

type Fields = Record<string, unknown>;
type UpdateExpression = Parameters<typeof applyOperator>[1];

/** The write guard of every read model (document-store.ts): stored beside a document's fields, never in them. */
export const POSITION_FIELD = '_position';

function touchesGuardedField(path: string, guarded: readonly string[]): boolean {
  return guarded.includes(path.split('.')[0]);
}

/** `_position` is the write guard: queries on it would behave differently per adapter, so none are allowed. */
export function assertQueryable(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(assertQueryable);
  if (value === null || typeof value !== 'object') return;
  for (const [key, nested] of Object.entries(value)) {
    if (touchesGuardedField(key, [POSITION_FIELD])) {
      throw new Error(`${POSITION_FIELD} is the write guard of a read model, not a field to query, sort or index on`);
    }
    assertQueryable(nested);
  }
}

/**
 * Checks an update the way MongoDB does before applying any of it: operators only, no overlapping
 * paths, nothing on `_id` or `_position`. Adapters check even an update they will not apply (stale).
 */
export function checkDocumentUpdate(update: DocumentUpdate): void {
  operationsOf(update);
}

function operationsOf(update: DocumentUpdate): [string, Fields][] {
  const operations = Object.entries(structuredClone(update));
  if (operations.length === 0) throw new Error('an update needs at least one operator');
  const paths: string[] = [];
  for (const [operator, spec] of operations) {
    if (!operator.startsWith('$')) {
      throw new Error(`patch takes update operators ($set, $inc, ...), not the field "${operator}"`);
    }
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) throw new Error(`${operator} needs an object of paths`);
    paths.push(...Object.keys(spec));
    if (operator === '$rename') paths.push(...Object.values(spec).map(String));
  }
  for (const path of paths) {
    if (touchesGuardedField(path, ['_id', POSITION_FIELD])) {
      throw new Error(`cannot update '${path}': _id is immutable and ${POSITION_FIELD} belongs to the position guard`);
    }
  }
  // Applied one operator after another, overlapping paths would silently depend on the order.
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const [a, b] = [paths[i], paths[j]];
      if (a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`)) {
        throw new Error(`Updating the path '${a}' would create a conflict at '${b}'`);
      }
    }
  }
  return operations as [string, Fields][];
}

/**
 * A MongoDB update applied to a copy of a document's fields, for adapters that keep documents
 * whole (memory, PostgreSQL JSONB): the same checks and operators as MongoDB, through mingo.
 * Throws without touching `fields` when any operator cannot apply.
 */
export function applyDocumentUpdate(fields: Fields, update: DocumentUpdate): Fields {
  const operations = operationsOf(update);
  const next = structuredClone(fields);
  // One operator per call, as mingo's one-key type demands; it rejects unknown operators itself.
  for (const [operator, spec] of operations) applyOperator(next, { [operator]: spec } as unknown as UpdateExpression);
  return next;
}
