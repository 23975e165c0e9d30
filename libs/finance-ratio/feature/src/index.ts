export * from './finance-ratio.module';
export * from './ratio-alert.aggregate';
export * from './ratio-alert-view';
export * from './presentation';
export * from './integration-events';
export * from './finance-ratio-relay';
