export * from './ratio-alert';
export * from './ratio-alert.decider';
export * from './obligations';
export * from './errors';
