export * from './intake.module';
export * from './complaint.service';
export * from './complaint-view';
export * from './presentation';
export * from './policy.provider';
export * from './intake-deadlines';
export * from './integration-events';
export * from './dto';
