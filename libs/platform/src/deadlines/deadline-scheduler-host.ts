import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { CLOCK, Clock, DOCUMENT_STORE, DeadlineProjection, DeadlineScheduler, DeadlineTracking, DocumentStore, DueHandler, DueStreamHandler } from '@aftersales/eventsourcing';
import { ProjectionHost } from '../projections/projection-host';
import { Metrics } from '../metrics/metrics';

export const DEADLINE_TICK_MS = Symbol('DeadlineTickMs');
const DEFAULT_TICK_MS = 1000;

/**
 * Runs the contexts' deadline schedulers (libs/eventsourcing deadlines.ts): a context registers
 * its tracking and due-handler in module init; the host registers the deadline projection with
 * the ProjectionHost and ticks every scheduler on a timer from bootstrap until shutdown. Ticks read
 * the injected clock, so tests move time with a ManualClock.
 */
@Injectable()
export class DeadlineSchedulerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Deadlines');
  private readonly schedulers: DeadlineScheduler[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private current: Promise<unknown> | null = null;
  private readonly tickMs: number;

  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projections: ProjectionHost,
    @Optional() @Inject(DEADLINE_TICK_MS) tickMs?: number,
    @Optional() private readonly metrics?: Metrics,
  ) {
    this.tickMs = tickMs ?? DEFAULT_TICK_MS;
    metrics?.onScrape(async () => {
      const now = this.clock.now();
      for (const scheduler of this.schedulers) metrics.deadlineBacklog.set({ context: scheduler.tracking.context }, await scheduler.overdue(now));
    });
  }

  /** `onDueOfStream` takes a stream's due deadlines together (DeadlineSchedulerOptions). */
  register(tracking: DeadlineTracking, onDue: DueHandler, onDueOfStream?: DueStreamHandler): DeadlineScheduler {
    this.projections.register(new DeadlineProjection(this.documents, tracking));
    const scheduler = new DeadlineScheduler(this.documents, tracking, this.clock, onDue, {
      onDueOfStream,
      onError: (deadline, err) => this.logger.error({ err, deadline: deadline._id }, 'deadline handler failed; retrying next tick'),
    });
    this.schedulers.push(scheduler);
    return scheduler;
  }

  onApplicationBootstrap(): void {
    if (this.schedulers.length > 0) this.schedule();
  }

  /** Runs every scheduler once now (tests; an operator's nudge). */
  async tickAll(): Promise<number> {
    const counts = await Promise.all(
      this.schedulers.map(async (s) => {
        const handed = await s.tick();
        if (handed > 0) this.metrics?.deadlinesMissed.inc({ context: s.tracking.context }, handed);
        return handed;
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
  }

  private schedule(): void {
    if (this.stopped) return;
    // A backlog (a full batch was due) is worked off at append speed, not one batch per tick.
    const delay = this.schedulers.some((s) => s.hasBacklog) ? 0 : this.tickMs;
    this.timer = setTimeout(() => {
      this.current = this.tickAll()
        .catch((err) => this.logger.error({ err }, 'deadline tick failed'))
        .finally(() => {
          this.current = null;
          this.schedule();
        });
    }, delay);
    this.timer.unref();
  }
}
