export * from './errors';
export * from './sql-client';
export * from './pg-sql-client';
export * from './pglite-sql-client';
export * from './postgres-event-store';
export * from './postgres-checkpoint-store';
export * from './open';
