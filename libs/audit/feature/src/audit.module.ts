import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { ARCHIVE_SUBMISSIONS, ArchiveSubmissions, archiveSubmissionAggregate } from './archive-submission.aggregate';
import { AuditRelay } from './audit-relay';
import { ArchiveSubmissionPresenter } from './presentation';
import { AUDIT_USE_CASES } from './use-cases';

/**
 * The audit context: archive submissions and their deadlines. Needs the platform module and an
 * infrastructure module (event store, documents, checkpoints, clock).
 */
@Module({})
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(ARCHIVE_SUBMISSIONS) private readonly archiveSubmissions: ArchiveSubmissions,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: AuditModule,
      controllers: AUDIT_USE_CASES.controllers,
      providers: [provideAggregate(ARCHIVE_SUBMISSIONS, archiveSubmissionAggregate), ArchiveSubmissionPresenter, AuditRelay, ...AUDIT_USE_CASES.handlers],
      exports: [ARCHIVE_SUBMISSIONS],
    };
  }

  /** The archive submissions list and audit's deadlines, derived from the aggregate. */
  onModuleInit(): void {
    registerReadSide('audit', [this.archiveSubmissions], this.projections, this.deadlines);
  }
}
