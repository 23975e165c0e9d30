import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import {
  CHECKPOINT_STORE,
  CheckpointStore,
  EVENT_STORE,
  EventStore,
  Projection,
  ProjectionRunner,
  READ_MODEL_TRANSACTIONS,
  ReadModelTransactions,
} from '@aftersales/eventsourcing';
import { ReadinessRegistry } from '../health/readiness';
import { Metrics } from '../metrics/metrics';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;
/** Events per projection transaction: appends wait while one runs on PGlite's single connection. */
const TRANSACTIONAL_BATCH = 200;

/**
 * Runs the app's projections: context modules register theirs during module init; all start at
 * bootstrap from their checkpoints, and `/health/ready` waits until every one has caught up.
 * A projection that fails is restarted from its checkpoint with a growing delay (the event is
 * never skipped); readiness reports it down meanwhile.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly failing = new Set<string>();
  private stopping = false;
  private readonly loops = new Set<Promise<void>>();
  /** Bumped by each supervising loop's start (and a rebuild): an older loop of the runner ends. */
  private readonly generations = new Map<string, number>();
  private readonly retryTimers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    private readonly readiness: ReadinessRegistry,
    @Optional() @Inject(READ_MODEL_TRANSACTIONS) private readonly transactions?: ReadModelTransactions,
    @Optional() metrics?: Metrics,
  ) {
    metrics?.onScrape(async () => {
      const head = (await this.store.headPosition()) ?? 0n;
      for (const runner of this.runners.values()) {
        const at = runner.lastPosition ?? 0n;
        metrics.projectionLag.set({ projection: runner.projection.name }, head <= at ? 0 : Number(head - at));
      }
    });
    this.readiness.register('projections', () => this.failing.size === 0 && [...this.runners.values()].every((r) => r.isCaughtUp), {
      progress: () => this.progress(),
    });
  }

  register(projection: Projection): void {
    // In one transaction a batch holds PGlite's only connection: keep batches short.
    const runner = new ProjectionRunner(this.store, this.checkpoints, projection, {
      transactions: this.transactions,
      batchSize: this.transactions ? TRANSACTIONAL_BATCH : undefined,
    });
    if (this.runners.has(runner.name)) throw new Error(`projection ${runner.name} registered twice`);
    this.runners.set(runner.name, runner);
  }

  /** Starts every runner without blocking start-up on catch-up; readiness reports progress. */
  onApplicationBootstrap(): void {
    for (const runner of this.runners.values()) this.supervise(runner);
  }

  /**
   * After the HTTP server has drained (Nest's last hook), so read models stay live while requests
   * finish. Idempotent: the infrastructure module calls it too, before closing the stores.
   */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const retry of this.retryTimers) {
      clearTimeout(retry.timer);
      retry.wake();
    }
    await Promise.all([...this.runners.values()].map((r) => r.stop()));
    // Every supervising loop has seen `stopping` and ended: no timer or restart outlives shutdown.
    await Promise.all([...this.loops]);
  }

  /** Every projection: its name, version, where it is and whether it has caught up. */
  list(): { name: string; version: number; position: string | null; caughtUp: boolean; failing: boolean }[] {
    return [...this.runners.values()].map((r) => ({
      name: r.projection.name,
      version: r.projection.version,
      position: r.lastPosition?.toString() ?? null,
      caughtUp: r.isCaughtUp,
      failing: this.failing.has(r.name),
    }));
  }

  /**
   * Forgets a projection's checkpoint and documents and replays it from the start of the log, in
   * the background (`progress()` and /health/ready follow it). False for an unknown name.
   */
  async rebuild(name: string): Promise<boolean> {
    const runner = [...this.runners.values()].find((r) => r.projection.name === name);
    if (!runner || this.stopping) return false;
    // Its supervising loop ends when the subscription stops; a new one supervises the replay.
    this.generations.set(runner.name, (this.generations.get(runner.name) ?? 0) + 1);
    await runner.stop();
    await this.checkpoints.reset(runner.name);
    this.supervise(runner);
    return true;
  }

  /** Where the projections still catching up (or failing) are, beside the head of the log. */
  async progress(): Promise<{ head: string | null; behind: { projection: string; position: string | null; failing: boolean }[] }> {
    const head = await this.store.headPosition();
    const behind = [...this.runners.values()]
      .filter((r) => !r.isCaughtUp || this.failing.has(r.name))
      .map((r) => ({ projection: r.name, position: r.lastPosition?.toString() ?? null, failing: this.failing.has(r.name) }));
    return { head: head?.toString() ?? null, behind };
  }

  /** Resolves when every registered projection has caught up. */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.caughtUp()));
  }

  private async follow(runner: ProjectionRunner): Promise<void> {
    let failures = 0;
    // A rebuild starts a new supervising loop: this one ends rather than restart the runner too.
    const generation = (this.generations.get(runner.name) ?? 0) + 1;
    this.generations.set(runner.name, generation);
    const current = () => !this.stopping && this.generations.get(runner.name) === generation;
    while (current()) {
      try {
        const subscription = await runner.start();
        this.failing.delete(runner.name);
        failures = 0;
        await subscription.done;
        return;
      } catch (error) {
        if (!current()) return;
        this.failing.add(runner.name);
        const delay = Math.min(FIRST_RETRY_MS * 2 ** failures++, MAX_RETRY_MS);
        this.logger.error({ err: error, projection: runner.name, retryInMs: delay }, 'projection failed; restarting from its checkpoint');
        await runner.stop();
        await this.pause(delay);
      }
    }
  }

  private supervise(runner: ProjectionRunner): void {
    const loop: Promise<void> = this.follow(runner).finally(() => this.loops.delete(loop));
    this.loops.add(loop);
  }

  private pause(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const entry = { timer: setTimeout(() => wake(), ms), wake: () => resolve() };
      const wake = () => {
        this.retryTimers.delete(entry);
        resolve();
      };
      entry.wake = wake;
      this.retryTimers.add(entry);
    });
  }
}
