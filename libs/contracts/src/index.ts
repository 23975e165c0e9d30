export * from './intake/intake-events.v1';
export * from './qa/qa-events.v1';
