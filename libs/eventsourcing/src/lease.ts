import { Clock } from './clock';
import { DocumentCollection, DocumentStore, StoredDocument } from './document-store';

interface LeaseDocument extends StoredDocument {
  readonly holder: string;
  /** ISO instant; the lease is free from then on. */
  readonly expiresAt: string;
}

export interface LeaseOptions {
  /** How long a lease lasts without renewal (default 15 s). Renew well within it. */
  readonly ttlMs?: number;
}

/**
 * A named lease over the DocumentStore port, so one instance of a service does a job that must
 * not run twice at once (the outbox relay: ARCHITECTURE.md "Delivery"). Every write carries the
 * next epoch as its position, and the store's position guard refuses a write whose epoch is
 * taken: of two instances racing for a free lease, exactly one write applies. A holder that stops
 * renewing (crash, partition) loses the lease when it expires, by the injected clock.
 *
 * Not a fence: a holder that lost its lease may still finish what it was doing. Jobs guarded by
 * a lease must stay correct when run twice (the relay is at-least-once); the lease removes the
 * waste, not the need for idempotence.
 */
export class Lease {
  private readonly leases: DocumentCollection<LeaseDocument>;
  private readonly ttlMs: number;

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

  /** Takes the lease if it is free or expired, or renews it if ours; true when we hold it afterwards. */
  async tryAcquire(): Promise<boolean> {
    const now = this.clock.now();
    const current = await this.leases.get(this.name);
    if (current && current.holder !== this.holder && new Date(current.expiresAt).getTime() > now.getTime()) return false;
    const epoch = (current?._position ?? 0n) + 1n;
    const result = await this.leases.upsert({ _id: this.name, holder: this.holder, expiresAt: new Date(now.getTime() + this.ttlMs).toISOString() }, epoch);
    return result === 'applied';
  }

  /** Gives the lease up at once if we hold it (a clean shutdown lets another instance take over). */
  async release(): Promise<void> {
    const current = await this.leases.get(this.name);
    if (!current || current.holder !== this.holder) return;
    await this.leases.upsert({ _id: this.name, holder: this.holder, expiresAt: new Date(0).toISOString() }, (current._position ?? 0n) + 1n);
  }
}
