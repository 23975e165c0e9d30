export * from './complaint';
export * from './complaint.decider';
export * from './obligations';
export * from './acceptance';
export * from './repeat';
export * from './labels';
export * from './policy/policy';
export * from './policy/default-policy';
