export * from './work-order';
export * from './work-order.decider';
export * from './obligations';
export * from './errors';
