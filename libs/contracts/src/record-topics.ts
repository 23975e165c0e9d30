/**
 * The complete record of a context (ARCHITECTURE.md "Delivery", AU-1): every event of its store,
 * envelope unchanged, keyed by stream, for the audit service alone. Not a contract: its events are
 * the context's private domain events, which nobody but audit may read.
 */
export function recordTopicOf(context: string): string {
  return `aftersales.${context}.record`;
}

/**
 * Every context whose services relay their full record (each relay's context name): the audit
 * service archives the record topics of exactly these. A new context joins audit by its line here
 * (record-topics.spec.ts fails while a context that publishes `aftersales.<context>.events` lacks it).
 */
export const RECORDED_CONTEXTS = ['intake', 'qa', 'dispatch', 'finance-ratio', 'audit', 'calendar', 'warehouse-returns'] as const;

/** `aftersales.<context>.record` of every recorded context. */
export const RECORD_TOPICS: readonly string[] = RECORDED_CONTEXTS.map(recordTopicOf);

/** The context of a record topic (`aftersales.qa.record` → `qa`), or null for another topic. */
export function contextOfRecordTopic(topic: string): string | null {
  const match = /^aftersales\.([a-z0-9-]+)\.record$/.exec(topic);
  return match ? match[1] : null;
}
