export * from './audit.module';
export * from './archive-submission.aggregate';
export * from './archive-submission-view';
export * from './presentation';
export * from './integration-events';
export * from './audit-relay';
