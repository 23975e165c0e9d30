/** The policy documents' code (docs/errors.md). */
export const POLICY = {
  /** A policy document that does not validate against its schema; start-up stops naming the file, the path and the reason. */
  INVALID: 'POLICY.INVALID',
} as const;
