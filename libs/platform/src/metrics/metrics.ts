import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Where `/metrics` is served: on the app's own port (no `port`), or on a port of its own. */
export interface MetricsSettings {
  /** A separate port for `/metrics` (0: any free one); absent: the app's port. */
  readonly port?: number;
  readonly host?: string;
}

export const METRICS_SETTINGS = Symbol('MetricsSettings');

/** Buckets in seconds, from a 1 ms read-model lookup to a 10 s stalled request. */
const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Something read when Prometheus scrapes (a lag, a backlog), set into its gauge then. */
export type ScrapeCollector = () => Promise<void>;

/**
 * The service's Prometheus metrics (issue 17), one registry per app (tests run several apps in one
 * process). Names follow the Prometheus conventions: `aftersales_` prefix, base units (seconds),
 * `_total` counters; Node's process metrics (`process_*`, `nodejs_*`) come from prom-client's
 * defaults. The hosts that know a value register a collector read at scrape time; `/metrics` is
 * not behind the bearer token (configure METRICS_PORT to keep it off the public port).
 */
@Injectable()
export class Metrics implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly collectors: ScrapeCollector[] = [];
  private server: Server | null = null;

  readonly httpRequestDuration = new Histogram({
    name: 'aftersales_http_server_request_duration_seconds',
    help: 'HTTP requests by method, route (the route pattern, or "unmatched") and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'aftersales_events_appended_total',
    help: 'Events appended to the event store, by context (stream prefix) and type',
    labelNames: ['context', 'type'],
    registers: [this.registry],
  });
  readonly eventStoreDuration = new Histogram({
    name: 'aftersales_event_store_operation_duration_seconds',
    help: 'Event store calls by operation (append, read_stream, read_all, head_position) and outcome',
    labelNames: ['operation', 'outcome'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly readModelDuration = new Histogram({
    name: 'aftersales_read_model_operation_duration_seconds',
    help: 'Read-model store calls (MongoDB or PostgreSQL documents) by collection, operation and outcome',
    labelNames: ['collection', 'operation', 'outcome'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly relayPublished = new Counter({
    name: 'aftersales_relay_published_events_total',
    help: 'Integration events a relay has had acknowledged by the bus (rate: the publish rate)',
    labelNames: ['relay'],
    registers: [this.registry],
  });
  readonly relayLag = new Gauge({
    name: 'aftersales_relay_lag_positions',
    help: "Global positions between the event store's head and the relay's checkpoint (0 when caught up)",
    labelNames: ['relay'],
    registers: [this.registry],
  });
  readonly consumerLag = new Gauge({
    name: 'aftersales_consumer_lag_messages',
    help: "Messages on a partition the service's consumer group has not committed",
    labelNames: ['group', 'topic', 'partition'],
    registers: [this.registry],
  });
  readonly handlerDuration = new Histogram({
    name: 'aftersales_consumer_handler_duration_seconds',
    help: 'Deliveries to a consumer, contract check and inbox included, by outcome (handled, skipped, failed)',
    labelNames: ['consumer', 'outcome'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly consumerRetries = new Counter({
    name: 'aftersales_consumer_retries_total',
    help: 'Redeliveries of a message to a consumer after a failed attempt',
    labelNames: ['consumer'],
    registers: [this.registry],
  });
  readonly deadLetters = new Counter({
    name: 'aftersales_consumer_dead_letters_total',
    help: 'Messages a consumer gave up on (sent to <topic>.dlq): a permanent error or the last attempt failed',
    labelNames: ['consumer', 'topic'],
    registers: [this.registry],
  });
  readonly projectionLag = new Gauge({
    name: 'aftersales_projection_lag_positions',
    help: "Global positions between the event store's head and where a projection is (0 when caught up)",
    labelNames: ['projection'],
    registers: [this.registry],
  });
  readonly deadlineBacklog = new Gauge({
    name: 'aftersales_deadline_backlog',
    help: 'Open deadlines past due by the clock and not yet recorded as missed, by context',
    labelNames: ['context'],
    registers: [this.registry],
  });
  readonly deadlinesMissed = new Counter({
    name: 'aftersales_deadlines_missed_total',
    help: 'Deadlines found past due and handed to their decider to record the miss, by context',
    labelNames: ['context'],
    registers: [this.registry],
  });

  constructor(@Optional() @Inject(METRICS_SETTINGS) private readonly settings: MetricsSettings = {}) {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Registers a value read at each scrape; a collector that fails leaves its gauge as it was and is logged. */
  onScrape(collector: ScrapeCollector): void {
    this.collectors.push(collector);
  }

  /** The exposition text (Prometheus text format 0.0.4). */
  async scrape(): Promise<string> {
    const results = await Promise.allSettled(this.collectors.map((collect) => collect()));
    for (const result of results) if (result.status === 'rejected') this.logger.warn({ err: result.reason }, 'a metrics collector failed');
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Whether `/metrics` is on a port of its own (else the app serves it). */
  get separatePort(): boolean {
    return this.settings.port !== undefined;
  }

  /** The separate metrics server's address once listening (tests pass port 0). */
  address(): AddressInfo | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.port === undefined) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.scrape().then(
        (text) => res.writeHead(200, { 'content-type': this.contentType }).end(text),
        (err: unknown) => {
          this.logger.error({ err }, 'metrics scrape failed');
          res.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.settings.port, this.settings.host ?? '0.0.0.0', () => resolve());
    });
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Seconds since a `process.hrtime.bigint()` reading. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
