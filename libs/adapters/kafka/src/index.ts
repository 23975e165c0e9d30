export * from './kafka-codec';
export * from './kafka-message-bus';
export * from './dlq-replay';
