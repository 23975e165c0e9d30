export * from './kafka-codec';
export * from './kafka-message-bus';
