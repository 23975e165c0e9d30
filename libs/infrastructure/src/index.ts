export * from './distributed.config';
export * from './distributed-infrastructure.module';
export * from './create-service-app';
export * from './kafka-probe';
