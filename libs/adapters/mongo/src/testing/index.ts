export * from './mongo-server';
