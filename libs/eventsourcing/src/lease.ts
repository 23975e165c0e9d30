import { Clock } from './clock';
import { DocumentCollection, DocumentStore, StoredDocument } from './document-store';

interface LeaseDocument extends StoredDocument {
  /** '' when released. */
  readonly holder: string;
  /** When the holder last wrote, by its own clock: for people reading the document, not for decisions. */
  readonly renewedAt: string;
}

export interface LeaseOptions {
  /** How long a lease lasts without renewal (default 15 s). Renew well within it. */
  readonly ttlMs?: number;
}

/**
 * A named lease over the DocumentStore port, so one instance of a service does a job that must
 * not run twice at once (the outbox relay: ARCHITECTURE.md "Delivery"). Every write carries the
 * next epoch as its position, and the store's position guard refuses a write whose epoch is
 * taken: of two instances racing, exactly one write applies.
 *
 * Expiry never compares two machines' clocks. A challenger takes over only after it has itself
 * seen the same epoch unchanged for the whole TTL (by its own clock, as Kubernetes leader election
 * does), and the holder counts its TTL from its own last successful write, so it knows when it
 * must have stopped (`validUntil`). Clock skew between instances changes nothing.
 *
 * Not a fence: a holder that lost its lease may still finish what it was doing. Jobs guarded by
 * a lease must stay correct when run twice (the relay is at-least-once); the lease removes the
 * waste, not the need for idempotence.
 */
export class Lease {
  private readonly leases: DocumentCollection<LeaseDocument>;
  readonly ttlMs: number;
  /** The epoch we last saw held by someone else, and when (our clock) we first saw it. */
  private observed: { epoch: bigint; since: number } | null = null;
  /** Our clock when our last write of the lease applied; null when we do not hold it. */
  private renewedAt: number | null = null;

  constructor(
    documents: DocumentStore,
    readonly name: string,
    readonly holder: string,
    private readonly clock: Clock,
    options: LeaseOptions = {},
  ) {
    this.leases = documents.collection<LeaseDocument>('platform.leases');
    this.ttlMs = options.ttlMs ?? 15_000;
  }

  /** Takes the lease if it is free, released or left unrenewed for a TTL, or renews it if ours; true when we hold it afterwards. */
  async tryAcquire(): Promise<boolean> {
    const now = this.clock.now().getTime();
    const current = await this.leases.get(this.name);
    const epoch = current?._position ?? 0n;
    if (current && current.holder !== '' && current.holder !== this.holder) {
      this.renewedAt = null;
      if (!this.observed || this.observed.epoch !== epoch) {
        this.observed = { epoch, since: now };
        return false;
      }
      if (now - this.observed.since < this.ttlMs) return false;
    }
    const result = await this.leases.upsert({ _id: this.name, holder: this.holder, renewedAt: new Date(now).toISOString() }, epoch + 1n);
    if (result !== 'applied') {
      this.renewedAt = null;
      return false;
    }
    this.renewedAt = now;
    this.observed = null;
    return true;
  }

  /**
   * Until when (our clock) we may act as holder: our last applied write plus the TTL, the
   * earliest a challenger can take over. Null when we do not hold the lease.
   */
  validUntil(): Date | null {
    return this.renewedAt === null ? null : new Date(this.renewedAt + this.ttlMs);
  }

  /** Gives the lease up at once if we hold it (a clean shutdown lets another instance take over). */
  async release(): Promise<void> {
    this.renewedAt = null;
    const current = await this.leases.get(this.name);
    if (!current || current.holder !== this.holder) return;
    await this.leases.upsert({ _id: this.name, holder: '', renewedAt: this.clock.now().toISOString() }, (current._position ?? 0n) + 1n);
  }
}
