export * from './dispatch.module';
export * from './work-order.aggregate';
export * from './work-order-view';
export * from './presentation';
export * from './integration-events';
export * from './dispatch-relay';
