export * from './fixtures';
export * from './event-store.contract';
