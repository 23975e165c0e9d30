export * from './archive-submission';
export * from './archive-submission.decider';
export * from './obligations';
export * from './errors';
export * from './audit-access';
export * from './archive-schedule';
export * from './evidence';
export * from './nonconformity.decider';
