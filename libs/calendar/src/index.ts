export * from './errors';
export * from './local-date';
export * from './time-zone';
export * from './holiday-source';
export * from './overrides';
export * from './regions';
export * from './working-calendar';
export * from './calendar-registry';
