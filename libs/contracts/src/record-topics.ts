/**
 * The complete record of a context (ARCHITECTURE.md "Delivery", AU-1): every event of its store,
 * envelope unchanged, keyed by stream, for the audit service alone. Not a contract: its events are
 * the context's private domain events, which nobody but audit may read.
 */
export function recordTopicOf(context: string): string {
  return `aftersales.${context}.record`;
}
