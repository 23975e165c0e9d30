import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CHECKPOINT_STORE, CheckpointStore, EVENT_STORE, EventStore, Projection, ProjectionRunner } from '@aftersales/eventsourcing';
import { ReadinessRegistry } from '../health/readiness';

/**
 * Runs the app's projections: context modules register theirs during module init; all start at
 * bootstrap from their checkpoints, and `/health/ready` waits until every one has caught up.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');
  private readonly runners = new Map<string, ProjectionRunner>();
  private failed: { name: string; error: unknown } | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    private readonly readiness: ReadinessRegistry,
  ) {
    this.readiness.register('projections', () => this.failed === null && [...this.runners.values()].every((r) => r.isCaughtUp));
  }

  register(projection: Projection): void {
    const runner = new ProjectionRunner(this.store, this.checkpoints, projection);
    if (this.runners.has(runner.name)) throw new Error(`projection ${runner.name} registered twice`);
    this.runners.set(runner.name, runner);
  }

  /** Starts every runner without blocking start-up on catch-up; readiness reports progress. */
  onApplicationBootstrap(): void {
    for (const runner of this.runners.values()) {
      void this.follow(runner);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.stop()));
  }

  /** Resolves when every registered projection has caught up (tests, and `rebuild`). */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.caughtUp()));
  }

  private async follow(runner: ProjectionRunner): Promise<void> {
    try {
      const subscription = await runner.start();
      await subscription.done;
    } catch (error) {
      // A projection that cannot apply an event must not skip it: it stops, and readiness says so.
      this.failed = { name: runner.name, error };
      this.logger.error({ err: error, projection: runner.name }, 'projection stopped');
    }
  }
}
