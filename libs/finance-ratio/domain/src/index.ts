export * from './money';
export * from './period';
export * from './policy';
export * from './ratio';
export * from './customer-ratio';
export * from './customer-ratio.decider';
export * from './errors';
