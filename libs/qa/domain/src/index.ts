export * from './quality-case';
export * from './policy';
export * from './quality-case.decider';
export * from './capa.decider';
export * from './obligations';
export * from './monthly-report';
export * from './errors';
export * from './return-inspection.decider';
