import fc from 'fast-check';

/**
 * Inputs a client can send that a careless server turns into a 500 or a silent write (issue 10:
 * NUL and lone surrogates, deep nesting, prototype keys, injection-shaped strings, huge strings).
 */

const INJECTION = [
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  '$where',
  '{"$gt": ""}',
  '../../../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  '${7*7}',
  '\\u0000',
  'null',
  'undefined',
];

/** A string a field may be given: long, unusual, injection-shaped, with NUL or a lone surrogate. */
export function hostileString(): fc.Arbitrary<string> {
  const families: fc.Arbitrary<string>[] = [
    fc.constantFrom(...INJECTION),
    fc.constantFrom('', ' ', '\t\n', 'x'.repeat(100_000), '界'.repeat(5_000), '🙂'.repeat(3_000), '\u202e\u200b', 'ǅ'.repeat(70)),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udfff', '\ud83d'),
  ];
  return fc.oneof(...families);
}

export function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/** A nested array or object this deep, as JSON text (built as text: JSON.stringify would recurse). */
export function nestedJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Any JSON value a field may be given instead of what the schema says, as JSON text. */
export function hostileValue(): fc.Arbitrary<string> {
  const values: fc.Arbitrary<string>[] = [
    hostileString().map((s) => JSON.stringify(s)),
    fc.constantFrom('null', 'true', '0', '-1', '1e308', '-1e308', '1.5', '9007199254740993', '[]', '{}', '[null]', '{"$gt":""}', '{"$ne":null}', '{"$where":"1"}'),
    fc.constantFrom('{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}', '{"prototype":1}'),
    fc.integer({ min: 2, max: 50 }).map((d) => nestedJson(d, 'array')),
    fc.constantFrom(nestedJson(2_500, 'array'), nestedJson(2_500, 'object')),
  ];
  return fc.oneof(...values);
}

/** A key the body may carry besides its schema's: prototype keys and unknown fields. */
export function hostileKey(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', 'toString', 'hasOwnProperty', '_id', 'tenantId', ''), fc.string({ maxLength: 10 }));
}
