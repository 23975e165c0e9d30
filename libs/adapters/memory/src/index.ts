export * from './memory-event-store';
export * from './memory-checkpoint-store';
export * from './memory-document-store';
export * from './memory-message-bus';
