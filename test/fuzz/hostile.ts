import fc from 'fast-check';

/**
 * Inputs a client can send that a careless server turns into a 500 or a silent write. Each
 * family can be switched off while a known defect waits for its fix (KNOWN_DEFECTS below).
 */

/**
 * Families of hostile input whose failures are known defects fixed on the `hardening` branch (issue 10,
 * "500s a client can cause", "Contract defects"). `true` = generated / checked. Flip a family to `true`
 * once that branch has landed; until then FUZZ_ALL=1 or FUZZ_DEFECTS=<family>,... turns them on.
 */
const enabled = (family: string) => process.env.FUZZ_ALL === '1' || (process.env.FUZZ_DEFECTS ?? '').split(',').includes(family);

export const KNOWN_DEFECTS = {
  // waits for hardening branch: U+0000 and lone surrogates reach PostgreSQL's JSON type (22P05 / 22P02).
  nulAndSurrogates: enabled('nulAndSurrogates'),
  // waits for hardening branch: ~1,700 nested arrays overflow the validation pipe's stack.
  deepNesting: enabled('deepNesting'),
  // waits for hardening branch: refusals made while reading the body (malformed JSON, 413, 415,
  // bad encoding) answer without the X-Correlation-Id header; `true` checks the header on them too.
  correlationHeaderOnReadRefusals: enabled('correlationHeaderOnReadRefusals'),
};

/** The codes of refusals made while reading the request, before Nest's pipeline runs. */
export const READ_REFUSALS = ['REQUEST.MALFORMED_JSON', 'REQUEST.TOO_LARGE', 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'REQUEST.BAD'];

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

/** A string a field may be given: long, unusual, injection-shaped, or (when enabled) NUL and lone surrogates. */
export function hostileString(): fc.Arbitrary<string> {
  const families: fc.Arbitrary<string>[] = [
    fc.constantFrom(...INJECTION),
    fc.constantFrom('', ' ', '\t\n', 'x'.repeat(100_000), '界'.repeat(5_000), '🙂'.repeat(3_000), '\u202e\u200b', 'ǅ'.repeat(70)),
    fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !hasNulOrLoneSurrogate(s) || KNOWN_DEFECTS.nulAndSurrogates),
  ];
  if (KNOWN_DEFECTS.nulAndSurrogates) families.push(fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udfff', '\ud83d'));
  return fc.oneof(...families);
}

export function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

function hasNulOrLoneSurrogate(s: string): boolean {
  return s.includes('\u0000') || hasLoneSurrogate(s);
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
  ];
  if (KNOWN_DEFECTS.deepNesting) values.push(fc.constantFrom(nestedJson(2_500, 'array'), nestedJson(2_500, 'object')));
  return fc.oneof(...values);
}

/** A key the body may carry besides its schema's: prototype keys and unknown fields. */
export function hostileKey(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', 'toString', 'hasOwnProperty', '_id', 'tenantId', ''), fc.string({ maxLength: 10 }));
}
