import { Injectable, Logger } from '@nestjs/common';
import { ConsumerHost } from '../consumers/consumer-host';
import { DeadlineSchedulerHost } from '../deadlines/deadline-scheduler-host';
import { ProjectionHost } from '../projections/projection-host';
import { RelayHost } from '../relays/relay-host';

/** Runs `close`, logging rather than throwing: one part failing to close must not keep the others open. */
export async function closeQuietly(logger: Logger, what: string, close: () => Promise<void> | void): Promise<void> {
  try {
    await close();
  } catch (err) {
    logger.error({ err }, `closing the ${what} failed`);
  }
}

/**
 * Everything the platform runs in the background over the adapters: relays, deadline schedulers,
 * projections, consumers. An app's infrastructure module stops it, in this order, after the HTTP
 * drain and before it closes the adapters (the hosts' own hooks are idempotent, so Nest calling them
 * too does no harm).
 */
@Injectable()
export class BackgroundWork {
  private readonly logger = new Logger('Infrastructure');

  constructor(
    private readonly relays: RelayHost,
    private readonly deadlines: DeadlineSchedulerHost,
    private readonly projections: ProjectionHost,
    private readonly consumers: ConsumerHost,
  ) {}

  async stop(): Promise<void> {
    await closeQuietly(this.logger, 'relays', () => this.relays.onApplicationShutdown());
    await closeQuietly(this.logger, 'deadline scheduler', () => this.deadlines.onApplicationShutdown());
    await closeQuietly(this.logger, 'projections', () => this.projections.onApplicationShutdown());
    await closeQuietly(this.logger, 'consumers', () => this.consumers.onApplicationShutdown());
  }
}
