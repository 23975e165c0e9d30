import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTransientError } from './transient-error';

interface ErrorSpec {
  readonly message: string;
  readonly name?: string;
  readonly code?: string | number;
  readonly retriable?: boolean;
  readonly errorLabels?: string[];
  readonly cause?: ErrorSpec;
  readonly originalError?: ErrorSpec;
  readonly errors?: ErrorSpec[];
}

/** The table shared with libs/adapters/memory; builds real Error objects from its descriptions. */
const TRANSIENT_ERROR_CASES = join(__dirname, 'transient-error-cases.json');

function build(spec: ErrorSpec | null): unknown {
  if (spec === null) return 'a thrown string';
  const { cause, originalError, errors, ...fields } = spec;
  const err = Object.assign(new Error(spec.message), fields);
  if (cause) Object.assign(err, { cause: build(cause) });
  if (originalError) Object.assign(err, { originalError: build(originalError) });
  if (errors) Object.assign(err, { errors: errors.map(build) });
  return err;
}

const { cases } = JSON.parse(readFileSync(TRANSIENT_ERROR_CASES, 'utf8')) as { cases: { why: string; transient: boolean; error: ErrorSpec | null }[] };

describe('isTransientError', () => {
  it.each(cases.map((c) => [c.why, c.transient, c.error] as const))('%s: %s', (_why, transient, error) => {
    expect(isTransientError(build(error))).toBe(transient);
  });
});
