import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit, Provider } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentStore, EVENT_STORE, EventStore } from '@aftersales/eventsourcing';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { ARCHIVE_SUBMISSIONS, ArchiveSubmissions, archiveSubmissionAggregate } from './archive-submission.aggregate';
import { AuditRelay } from './audit-relay';
import { ArchiveSubmissionPresenter } from './presentation';
import { AUDIT_USE_CASES } from './use-cases';
import { AuditLog } from './log/audit-log';
import { AUDIT_LOG, AuditCheckpoints } from './log/checkpoints';
import { AUDIT_LOG_OPTIONS, AuditAccessRecorder, AuditLogRunner } from './log/audit-log.runner';
import { AuditLogController } from './log/audit-log.http.controller';
import { AuditVerifications, LOG_VERIFIER, VERIFICATION_OPTIONS } from './log/verifications';
import { VerificationsController } from './log/verifications.http.controller';
import { AuditSource, EventStoreSource, LogVerifier } from './log/log-verifier';
import { CaseFiles } from './log/case-files';
import { CaseFilesController } from './log/case-files.http.controller';
import { CASE_REPLAYS, CaseReplays, ReplayRegistration } from './log/case-replay';
import { AuditLogOptions, LOG_KEYS, loadLogKeys } from './log/log-keys';
import { LogKeyChain } from './log/key-chain';
import { AuditRecordFollower } from './log/record-follower';
import { NONCONFORMITIES, Nonconformities, nonconformityAggregate } from './nonconformities/nonconformity.aggregate';
import { NonconformitiesController } from './nonconformities/nonconformities.http.controller';
import { EvidenceController } from './evidence/evidence.http.controller';
import { EvidenceReader } from './evidence/evidence-reader';

const AUDIT_SOURCES = Symbol('AuditSourceStores');

export interface AuditModuleOptions {
  /**
   * The verifiable log (AU-1, AU-2): archives every event of the event store this process runs on
   * and signs checkpoints. Absent, the context runs without it (a service that has no record to follow yet).
   */
  readonly log?: AuditLogOptions;
  /** The aggregates that fold each case kind for replay, named by the composition root. */
  readonly replays?: readonly ReplayRegistration[];
  /**
   * Providers of those aggregates when no context module in the process provides them (the audit
   * service: its composition root provides the contexts' aggregate definitions, ADR 019).
   */
  readonly replayProviders?: readonly Provider[];
  /**
   * The other contexts' event stores verify reads back (distributed mode), opened read-only by the
   * composition root from `log.sourceStores` (the adapters are the app's to bind). Closed at shutdown.
   */
  readonly sources?: readonly AuditSource[];
}

/** Closes the source stores this process opened only to verify them. */
@Injectable()
class AuditSourcesLifecycle implements OnApplicationShutdown {
  constructor(@Inject(AUDIT_SOURCES) private readonly sources: readonly AuditSource[]) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.sources.map((source) => source.close?.()));
  }
}

/** The audit log's parts, over the app's event store and document store. */
function logProviders(options: AuditLogOptions, replays: readonly ReplayRegistration[], sources: readonly AuditSource[]): Provider[] {
  const fromTopics = options.follow === 'record-topics';
  return [
    { provide: AUDIT_SOURCES, useValue: sources },
    AuditSourcesLifecycle,
    { provide: CASE_REPLAYS, useValue: replays },
    CaseReplays,
    { provide: LOG_KEYS, useFactory: () => loadLogKeys(options) },
    { provide: AUDIT_LOG, useFactory: (documents: DocumentStore) => new AuditLog(documents), inject: [DOCUMENT_STORE] },
    { provide: AUDIT_LOG_OPTIONS, useValue: { checkpointIntervalMs: options.checkpointIntervalMs, follow: options.follow } },
    LogKeyChain,
    AuditCheckpoints,
    AuditAccessRecorder,
    AuditLogRunner,
    CaseFiles,
    EvidenceReader,
    {
      provide: LOG_VERIFIER,
      // The standalone's one event store holds every context's streams: the one source to check
      // against. A service checks audit's events in its own store and the other contexts' in the
      // stores AUDIT_SOURCE_STORES names; a context without one is reported unreachable.
      useFactory: (log: AuditLog, checkpoints: AuditCheckpoints, chain: LogKeyChain, store: EventStore, others: readonly AuditSource[]) =>
        new LogVerifier(log, checkpoints, chain, [new EventStoreSource(fromTopics ? 'own event store (audit)' : 'event-store', store, fromTopics ? ['audit'] : undefined), ...others]),
      inject: [AUDIT_LOG, AuditCheckpoints, LogKeyChain, EVENT_STORE, AUDIT_SOURCES],
    },
    // Verify in the background, in chunks, its progress and report kept (ADR 023).
    { provide: VERIFICATION_OPTIONS, useValue: {} },
    AuditVerifications,
    ...(fromTopics ? [AuditRecordFollower] : []),
  ];
}

/**
 * The audit context: archive submissions and their deadlines and, with `log`, the verifiable
 * record of every context. Needs the platform module and an infrastructure module (event store,
 * documents, checkpoints, clock).
 */
@Module({})
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(ARCHIVE_SUBMISSIONS) private readonly archiveSubmissions: ArchiveSubmissions,
    @Inject(NONCONFORMITIES) private readonly nonconformities: Nonconformities,
  ) {}

  static forRoot(options: AuditModuleOptions = {}): DynamicModule {
    return {
      module: AuditModule,
      controllers: [...AUDIT_USE_CASES.controllers, NonconformitiesController, ...(options.log ? [AuditLogController, VerificationsController, CaseFilesController, EvidenceController] : [])],
      providers: [
        provideAggregate(ARCHIVE_SUBMISSIONS, archiveSubmissionAggregate),
        provideAggregate(NONCONFORMITIES, nonconformityAggregate),
        ArchiveSubmissionPresenter,
        AuditRelay,
        ...AUDIT_USE_CASES.handlers,
        ...(options.log ? [...logProviders(options.log, options.replays ?? [], options.sources ?? []), ...(options.replayProviders ?? [])] : []),
      ],
      exports: [ARCHIVE_SUBMISSIONS, NONCONFORMITIES],
    };
  }

  /** The archive submissions' and nonconformities' lists and audit's deadlines, derived from the aggregates. */
  onModuleInit(): void {
    registerReadSide('audit', [this.archiveSubmissions, this.nonconformities], this.projections, this.deadlines);
  }
}
