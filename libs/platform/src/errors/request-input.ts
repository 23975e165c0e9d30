import { FieldError } from './api-error';
import { FIELD } from './codes';

/**
 * The deepest nesting a JSON body may have: our deepest request is three levels, and deeper input
 * would overflow the stack of the recursive walks after the parser (Nest's prototype stripping,
 * class-transformer, the idempotency hash).
 */
export const MAX_JSON_DEPTH = 32;

export const UNSAFE_TEXT = FIELD.UNSAFE_TEXT;
export const UNKNOWN_FIELD = FIELD.UNKNOWN_FIELD;

/**
 * Keys that reach an object's prototype rather than its own data. Nest's pipe deletes them
 * silently; we refuse them like any other unknown field (README: unknown fields are refused).
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Without the `u` flag the pattern sees UTF-16 code units, so it can find an unpaired half.
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * U+0000 or a lone UTF-16 surrogate: legal in a JS string, refused by PostgreSQL's JSON types
 * (22P05 / 22P02), and never meaningful text.
 */
export function isUnsafeText(value: string): boolean {
  return value.includes('\u0000') || UNPAIRED_SURROGATE.test(value);
}

/** How deep a parsed JSON value nests (a scalar is 0, `[]` is 1), counted without recursion. */
export function exceedsDepth(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The fields of a request value (a body, a query or a path parameter) that no endpoint may take:
 * text with U+0000 or a lone surrogate (in values and in keys) and prototype keys. Paths are
 * dotted as class-validator's (`items.0.name`); `root` names a scalar (a path parameter).
 * Expects input already bounded by MAX_JSON_DEPTH.
 */
export function unsafeInputFieldErrors(value: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (isUnsafeText(node)) errors.push(unsafeText(path || '(body)'));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const field = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) {
        errors.push({ field, code: UNKNOWN_FIELD, message: `property ${key} should not exist` });
      } else if (isUnsafeText(key)) {
        errors.push(unsafeText(path ? `${path}.${JSON.stringify(key)}` : JSON.stringify(key)));
      } else {
        visit((node as Record<string, unknown>)[key], field);
      }
    }
  };
  visit(value, root);
  return errors;
}

function unsafeText(field: string): FieldError {
  return { field, code: UNSAFE_TEXT, message: `${field} must not contain U+0000 or unpaired surrogate characters` };
}
