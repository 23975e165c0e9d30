export * from './eventstoredb-event-store';
export { EVENT_ID_STREAM_PREFIX, hasEnvelopeMetadata, toEnvelope, toEventMetadata, toEsdbExpectedRevision, translateAppendError } from './mapping';
export type { EventStoreDbLogger } from './logger';
export type { LiveWakeUpOptions } from './live-wake-up';
