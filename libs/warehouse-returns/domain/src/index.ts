export * from './return-request';
export * from './return-request.decider';
export * from './obligations';
export * from './policy';
export * from './errors';
export * from './returns-ledger';
