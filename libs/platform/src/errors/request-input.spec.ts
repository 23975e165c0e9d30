import { MAX_JSON_DEPTH, exceedsDepth, isUnsafeText, unsafeInputFieldErrors } from './request-input';

describe('isUnsafeText', () => {
  it('finds U+0000 and unpaired surrogates, and lets paired ones and other control characters through', () => {
    expect(['a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800', '🙂\ud83d'].map(isUnsafeText)).toEqual([true, true, true, true, true]);
    expect(['', 'plain', '面板划痕', '🙂', 'tab\tand\u0001'].map(isUnsafeText)).toEqual([false, false, false, false, false]);
  });
});

describe('exceedsDepth', () => {
  const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown;
  it('counts containers, not scalars, without recursing (100,000 levels)', () => {
    expect(exceedsDepth('text', 0)).toBe(false);
    expect(exceedsDepth(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(exceedsDepth(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(exceedsDepth({ a: [{ b: 1 }], c: {} }, 3)).toBe(false);
    expect(exceedsDepth({ a: [{ b: {} }], c: 1 }, 3)).toBe(true);
    expect(exceedsDepth(nested(100_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('unsafeInputFieldErrors', () => {
  it('names every offending field by its dotted path: unsafe text in values and keys, prototype keys', () => {
    const body = JSON.parse('{"ok":"fine","customer":{"name":"\\u0000","__proto__":{}},"items":[{"note":"\\ud800"}],"constructor":1,"a\\u0000":2}') as unknown;
    expect(unsafeInputFieldErrors(body)).toEqual([
      { field: 'customer.name', code: 'unsafe_text', message: expect.any(String) },
      { field: 'customer.__proto__', code: 'unknown_field', message: 'property __proto__ should not exist' },
      { field: 'items.0.note', code: 'unsafe_text', message: expect.any(String) },
      { field: 'constructor', code: 'unknown_field', message: 'property constructor should not exist' },
      { field: '"a\\u0000"', code: 'unsafe_text', message: expect.any(String) },
    ]);
  });

  it('names a scalar by the root it is given (a path parameter), and finds nothing in clean input', () => {
    expect(unsafeInputFieldErrors('\u0000', 'id')).toEqual([expect.objectContaining({ field: 'id', code: 'unsafe_text' })]);
    expect(unsafeInputFieldErrors({ a: ['b', { c: 1, d: null }] })).toEqual([]);
  });
});
