export * from './warehouse-returns.module';
export * from './return-request.aggregate';
export * from './return-request-view';
export * from './presentation';
export * from './integration-events';
export * from './warehouse-returns-relay';
