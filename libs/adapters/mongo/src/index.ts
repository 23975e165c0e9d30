export * from './connection';
export * from './mongo-document-store';
export * from './mongo-checkpoint-store';
export * from './open';
