export * from './intake/intake-events.v1';
export * from './intake/intake-events.v1.schema';
export * from './qa/qa-events.v1';
export * from './qa/qa-events.v1.schema';
export * from './contract-registry';
export * from './integration-events';
