export * from './work-order';
export * from './work-order.decider';
export * from './technician';
export * from './technician.decider';
export * from './policy';
export * from './obligations';
export * from './content-digest';
export * from './errors';
