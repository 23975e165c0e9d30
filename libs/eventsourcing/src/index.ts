export * from './envelope';
export * from './errors';
export * from './uuid';
export * from './event-store';
export * from './polling-subscription';
export * from './message-bus';
export * from './document-store';
export * from './document-update';
export * from './checkpoint-store';
export * from './clock';
export * from './decider';
export * from './projection';
export * from './tenant-scope';
export * from './upcasting';
export * from './deterministic-id';
export * from './append-preparation';
export * from './relay';
export * from './deadlines';
export * from './obligations';
export * from './aggregate';
export * from './lease';
export * from './transient-error';
// Shared by every MessageBus adapter: the retry policy (backoffs, which failures count toward
// maxAttempts) and the dead letters, whole or truncated, that they put on `<topic>.dlq`.
export * from './delivery-policy';
export * from './dead-letter';
export * from './content-digest';
