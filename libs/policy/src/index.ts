export * from './policy-document';
export * from './errors';
