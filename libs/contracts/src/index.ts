export * from './intake/intake-events.v1';
