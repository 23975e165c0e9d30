export * from './pglite-template';
export * from './postgres-server';
