import { Admin, Kafka, logLevel } from 'kafkajs';

/** How long a probe result stands: readiness is polled often, the broker need not be asked each time. */
const RESULT_TTL_MS = 2_000;

/**
 * Asks the brokers for their cluster metadata with short timeouts and no retries, for /health/ready.
 * One probe at a time; a result is reused for a moment. A failed probe drops its connection, so the
 * next one connects afresh once the broker is back.
 */
export class KafkaProbe {
  private readonly kafka: Kafka;
  private admin: Admin | null = null;
  private inFlight: Promise<boolean> | null = null;
  private last: { up: boolean; at: number } | null = null;
  private closed = false;

  constructor(brokers: readonly string[], clientId: string) {
    this.kafka = new Kafka({
      clientId: `${clientId}-health`,
      brokers: [...brokers],
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1_000,
      requestTimeout: 2_000,
      retry: { retries: 0 },
    });
  }

  check(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.last && Date.now() - this.last.at < RESULT_TTL_MS) return Promise.resolve(this.last.up);
    this.inFlight ??= this.probe().then((up) => {
      this.last = { up, at: Date.now() };
      this.inFlight = null;
      return up;
    });
    return this.inFlight;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight;
    await this.drop();
  }

  private async probe(): Promise<boolean> {
    try {
      if (!this.admin) {
        const admin = this.kafka.admin();
        this.admin = admin;
        await admin.connect();
      }
      const cluster = await this.admin.describeCluster();
      return cluster.brokers.length > 0;
    } catch {
      await this.drop();
      return false;
    }
  }

  private async drop(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    await admin?.disconnect().catch(() => undefined);
  }
}
