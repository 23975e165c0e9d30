export * from './eventstoredb-event-store';
export { EVENT_ID_STREAM_PREFIX, toEnvelope, toEventMetadata, toEsdbExpectedRevision, translateAppendError } from './mapping';
