export * from './decider-scenario';
export * from './fixtures';
export * from './event-store.contract';
export * from './checkpoint-store.contract';
export * from './document-store.contract';
export * from './message-bus.contract';
export * from './servers';
