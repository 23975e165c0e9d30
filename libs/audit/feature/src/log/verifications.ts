import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, Clock, DOCUMENT_STORE, DocumentCollection, DocumentStore, InvalidStateError, NotFoundError, StoredDocument, newEventId } from '@aftersales/eventsourcing';
import { Caller, Page, PageQuery, readPage } from '@aftersales/platform';
import { AUDIT } from '@aftersales/audit-domain';
import { AuditCheckpoints } from './checkpoints';
import { LogVerifier, VERIFY_CHUNK, VerificationProgress, VerificationReport } from './log-verifier';

export const LOG_VERIFIER = Symbol('LogVerifier');
export const VERIFICATION_OPTIONS = Symbol('VerificationOptions');
export const VERIFICATION_COLLECTION = 'audit.verifications';
/** The one document that names the verification running on this log: the guard of "one at a time". */
export const VERIFICATION_SLOT_COLLECTION = 'audit.verification-slot';

export type VerificationStatus = 'running' | 'done' | 'failed';

/**
 * A background verification of one signed checkpoint (AU-2), in `audit.verifications`. Every write
 * carries the next `_position` (its version): the store's guard refuses a write at a version
 * another process wrote first, so of two processes resuming it, one goes on and the other stops.
 */
export interface VerificationDoc extends StoredDocument {
  readonly _id: string;
  readonly status: VerificationStatus;
  /** Who started it. */
  readonly startedBy: { readonly id: string; readonly tenantId: string };
  readonly startedAt: string;
  /** When its progress was last kept. */
  readonly updatedAt: string;
  readonly finishedAt: string | null;
  /** Times a process took it up again after the one running it stopped (a restart). */
  readonly resumed: number;
  /** The engine's state after the last chunk kept. */
  readonly progress: VerificationProgress;
  /** Only once every position of the checkpoint is checked: never the report of a run that did not finish. */
  readonly report: VerificationReport | null;
  /** Why a `failed` run stopped (an error reading audit's own archive, not a difference). */
  readonly error: string | null;
}

interface SlotDoc extends StoredDocument {
  readonly _id: 'log';
  readonly running: string | null;
}

export interface VerificationOptions {
  /** Positions per chunk (progress is kept after each). */
  readonly chunk?: number;
}

const SLOT = 'log';

/**
 * Verifications of the audit log that run in the background (AU-2, ADR 023): a long log is
 * verified in chunks by the same engine as `POST …/log/verify`, its progress kept in audit's
 * document store after each chunk, its report kept when it is done. One runs at a time per log.
 * A process that stops mid-run (a crash, a deploy) leaves the verification `running` at its last
 * kept chunk; the next start of the audit process resumes it from there, with the differences
 * and unreachable sources found so far. Nothing reports `ok` before every position was checked.
 */
@Injectable()
export class AuditVerifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditVerifications');
  readonly verifications: DocumentCollection<VerificationDoc>;
  private readonly slots: DocumentCollection<SlotDoc>;
  private readonly chunk: number;
  /** The runs of this process, by id; a run's promise settles when it is done, failed, or stopped. */
  private readonly runs = new Map<string, Promise<void>>();
  private stopping = false;
  /** Serializes starts in this process (across processes the slot's guard does). */
  private starting: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(LOG_VERIFIER) private readonly verifier: LogVerifier,
    private readonly checkpoints: AuditCheckpoints,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(VERIFICATION_OPTIONS) options: VerificationOptions = {},
  ) {
    // The list, newest first: UUID v7 ids sort as they were made.
    this.verifications = documents.collection<VerificationDoc>(VERIFICATION_COLLECTION, [{ fields: { startedAt: -1, _id: -1 } }]);
    this.slots = documents.collection<SlotDoc>(VERIFICATION_SLOT_COLLECTION);
    this.chunk = options.chunk ?? VERIFY_CHUNK;
  }

  /** Resumes the verification a stopped process left running. */
  async onApplicationBootstrap(): Promise<void> {
    const slot = await this.slots.get(SLOT);
    const doc = slot?.running ? await this.verifications.get(slot.running) : null;
    if (!doc || doc.status !== 'running') return;
    const resumed = await this.write(doc, { resumed: doc.resumed + 1 });
    if (!resumed) return;
    this.logger.log({ verification: doc._id, checked: doc.progress.checked, of: doc.progress.checkpoint.size }, 'resuming the audit log verification a stopped process left running');
    this.launch(resumed);
  }

  /** Stops between chunks; what is kept is resumed on the next start. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.runs.values()]);
  }

  /**
   * Starts verifying the signed checkpoint of `treeSize` (the latest when absent) in the background.
   * 404 when there is no such checkpoint, 409 (`details.verificationId`) while another runs.
   */
  start(caller: Caller, treeSize?: number): Promise<VerificationDoc> {
    const started = this.starting.then(() => this.startNow(caller, treeSize));
    this.starting = started.catch(() => undefined);
    return started;
  }

  private async startNow(caller: Caller, treeSize: number | undefined): Promise<VerificationDoc> {
    const slot = await this.slots.get(SLOT);
    await this.refuseWhileRunning(slot);
    const checkpoint = treeSize === undefined ? await this.checkpoints.latest() : await this.checkpoints.at(treeSize);
    if (!checkpoint) throw new NotFoundError(AUDIT.CHECKPOINT_NOT_FOUND, 'the audit log has no signed checkpoint yet: nothing to verify');
    const progress = await this.verifier.begin(checkpoint);
    const id = newEventId();
    // The slot first: a crash before the document leaves a slot naming nothing, which is free.
    if ((await this.slots.upsert({ _id: SLOT, running: id }, (slot?._position ?? 0n) + 1n)) === 'stale') {
      // Another process started one between our read and our write.
      const winner = (await this.slots.get(SLOT))?.running ?? 'unknown';
      throw new InvalidStateError(AUDIT.VERIFICATION_RUNNING, `verification ${winner} of this log has just started: wait for its report`, { verificationId: winner });
    }
    const now = this.clock.now().toISOString();
    const doc: VerificationDoc = {
      _id: id,
      _position: 1n,
      status: 'running',
      startedBy: { id: caller.user.id, tenantId: caller.user.tenantId },
      startedAt: now,
      updatedAt: now,
      finishedAt: null,
      resumed: 0,
      progress,
      report: null,
      error: null,
    };
    await this.verifications.upsert(doc, 1n);
    this.launch(doc);
    return doc;
  }

  private async refuseWhileRunning(slot: SlotDoc | null): Promise<void> {
    const running = slot?.running ? await this.verifications.get(slot.running) : null;
    if (running?.status === 'running') {
      throw new InvalidStateError(AUDIT.VERIFICATION_RUNNING, `verification ${running._id} of this log is running (${running.progress.checked} of ${running.progress.checkpoint.size} positions checked): wait for its report`, {
        verificationId: running._id,
      });
    }
  }

  async get(id: string): Promise<VerificationDoc> {
    const doc = await this.verifications.get(id);
    if (!doc) throw new NotFoundError(AUDIT.VERIFICATION_NOT_FOUND, `no verification ${id} of the audit log`, { verificationId: id });
    return doc;
  }

  /** The log's verifications, newest first (every tenant's: the log is one). */
  list(query: PageQuery): Promise<Page<VerificationDoc>> {
    return readPage(this.verifications, {}, { startedAt: -1, _id: -1 }, query);
  }

  /** Settles when this process's run of the verification has ended (done, failed or stopped); at once when it runs none. */
  async settled(id: string): Promise<void> {
    await this.runs.get(id);
  }

  private launch(doc: VerificationDoc): void {
    const run = this.run(doc)
      .catch((err: unknown) => this.logger.error({ err, verification: doc._id }, 'the audit log verification could not record how it ended'))
      .finally(() => this.runs.delete(doc._id));
    this.runs.set(doc._id, run);
  }

  private async run(initial: VerificationDoc): Promise<void> {
    let doc = initial;
    try {
      while (doc.progress.checked < doc.progress.checkpoint.size) {
        if (this.stopping) return;
        const next = await this.write(doc, { progress: await this.verifier.step(doc.progress, this.chunk) });
        // Another process wrote it first (it resumed this verification): it goes on, not this one.
        if (!next) return;
        doc = next;
      }
      const report = await this.verifier.finish(doc.progress);
      const done = await this.write(doc, { status: 'done', report, finishedAt: this.clock.now().toISOString() });
      if (done) await this.free(done);
    } catch (err) {
      this.logger.error({ err, verification: doc._id }, 'the audit log verification failed');
      const failed = await this.write(doc, { status: 'failed', error: (err instanceof Error ? err.message : String(err)).slice(0, 300), finishedAt: this.clock.now().toISOString() });
      if (failed) await this.free(failed);
    }
  }

  /** The document changed, at its next version; null when another process wrote that version first. */
  private async write(doc: VerificationDoc, change: Partial<VerificationDoc>): Promise<VerificationDoc | null> {
    const version = (doc._position ?? 0n) + 1n;
    const next: VerificationDoc = { ...doc, ...change, _position: version, updatedAt: this.clock.now().toISOString() };
    return (await this.verifications.upsert(next, version)) === 'applied' ? next : null;
  }

  private async free(doc: VerificationDoc): Promise<void> {
    const slot = await this.slots.get(SLOT);
    if (slot?.running === doc._id) await this.slots.upsert({ _id: SLOT, running: null }, (slot._position ?? 0n) + 1n);
  }
}
