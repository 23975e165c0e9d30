import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock, EVENT_STORE, EventStore, Projection } from '@aftersales/eventsourcing';
import { Caller, ProjectionHost, eventMetadata } from '@aftersales/platform';
import { AuditReadResource, auditAccessStream } from '@aftersales/audit-domain';
import { AuditLog } from './audit-log';
import { AUDIT_LOG, AuditCheckpoints } from './checkpoints';
import { LogKeyChain } from './key-chain';

export const AUDIT_LOG_OPTIONS = Symbol('AuditLogRunOptions');
export const ARCHIVE_PROJECTION = 'audit-archive';
const DEFAULT_CHECKPOINT_INTERVAL_MS = 3_600_000;

/**
 * AU-1 in the standalone: the archive follows the event store (every stream of every context, the
 * full record, not only published events) as a projection of the ProjectionHost, so each batch and
 * its checkpoint commit together and a restart resumes from the checkpoint. An event is archived
 * once by its id; a rebuild (or a redelivery) replays into entries that exist and adds nothing.
 * A context that appears later is archived without any change here: its streams are in the store.
 */
// rule AU-1: every event of every context is archived once, by its id, with its source
export function archiveProjection(log: AuditLog): Projection {
  return {
    name: ARCHIVE_PROJECTION,
    version: 1,
    handles: 'all',
    handle: async (events) => {
      await log.append(events);
    },
    // The archive is never emptied: a rebuild from zero re-reads the log and finds every event archived.
    reset: async () => undefined,
  };
}

/**
 * Registers the archive over the event store (the standalone), checks at start that this process
 * holds the log's current key(s), and signs checkpoints on a schedule (AU-2).
 */
@Injectable()
export class AuditLogRunner implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditLog');
  private timer: NodeJS.Timeout | null = null;
  private signing: Promise<void> | null = null;

  constructor(
    private readonly projections: ProjectionHost,
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
    @Inject(AUDIT_LOG_OPTIONS) private readonly options: { checkpointIntervalMs?: number; follow?: 'event-store' | 'record-topics' },
    private readonly chain: LogKeyChain,
  ) {}

  async onModuleInit(): Promise<void> {
    // A service follows the record topics instead (AuditRecordFollower).
    if ((this.options.follow ?? 'event-store') === 'event-store') this.projections.register(archiveProjection(this.log));
    // Before anything archives or signs: which key is current comes from the logged rotations, not from configuration.
    await this.chain.start((await this.checkpoints.latest())?.note ?? null);
  }

  onApplicationBootstrap(): void {
    const every = this.options.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS;
    this.timer = setInterval(() => {
      if (this.signing) return;
      this.signing = this.checkpoints
        .signIfGrown()
        .catch((err: unknown) => this.logger.error({ err }, 'could not sign an audit checkpoint; the next round tries again'))
        .finally(() => (this.signing = null));
    }, every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.signing;
  }
}

/** AU-2: who read which audit data, when, appended to audit's own access streams (archived like every event). */
@Injectable()
export class AuditAccessRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(caller: Caller, resource: AuditReadResource, subject: string, detail: string | null = null): Promise<void> {
    const now = this.clock.now();
    await this.store.append(
      auditAccessStream(caller.user.tenantId, now),
      [{ ...eventMetadata(caller, 'global'), type: 'audit.AuditDataRead', occurredAt: now.toISOString(), data: { resource, subject, detail } }],
      { expectedRevision: 'any' },
    );
  }
}
