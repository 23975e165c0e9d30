import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventMetadata, EventStore, newEventOf, toDomainEvent } from '@aftersales/eventsourcing';
import {
  LineQuantities,
  RETURNS_LEDGER_EVENT_TYPES,
  Reservation,
  ReturnQuantitiesReserved,
  ReturnReservationReleased,
  ReturnsLedgerEvent,
  WAREHOUSE_RETURNS_LEDGER_STREAM_PREFIX,
  reservationsOf,
  returnsLedgerId,
} from '@aftersales/warehouse-returns-domain';

/** The customer's returns ledger as one read saw it: the revision to append at, and each request's reservation. */
export interface LedgerRead {
  readonly stream: string;
  readonly revision: bigint | null;
  readonly reservations: ReadonlyMap<string, readonly Reservation[]>;
}

export interface ReservationRequest {
  readonly customerId: string;
  readonly returnRequestId: string;
  readonly quantities: LineQuantities;
  readonly requestRevision: bigint;
}

/**
 * WR-1's serialization point (ADR 020): each customer's reservations in one stream of the event
 * store, appended under optimistic concurrency at the revision the check read.
 */
@Injectable()
export class ReturnsLedger {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  streamOf(tenantId: string, customerId: string): string {
    return `${WAREHOUSE_RETURNS_LEDGER_STREAM_PREFIX}${returnsLedgerId(tenantId, customerId)}`;
  }

  async read(tenantId: string, customerId: string): Promise<LedgerRead> {
    const stream = this.streamOf(tenantId, customerId);
    const envelopes = await this.store.readStream(stream);
    const events = envelopes
      .filter((e) => e.tenantId === tenantId && (RETURNS_LEDGER_EVENT_TYPES as readonly string[]).includes(e.type))
      .map((e) => ({ ...toDomainEvent<ReturnsLedgerEvent>(e), id: e.id }));
    return { stream, revision: envelopes.length === 0 ? null : envelopes[envelopes.length - 1].revision, reservations: reservationsOf(events) };
  }

  /**
   * Appends the reservation at the revision read: a reservation appended meanwhile makes it conflict
   * (WrongExpectedRevisionError). Returns the reservation's id, which only its own release names.
   */
  async reserve(read: LedgerRead, request: ReservationRequest, metadata: EventMetadata, now: Date): Promise<string> {
    const event: ReturnQuantitiesReserved = {
      type: 'warehouse-returns.ReturnQuantitiesReserved',
      data: { ...request, requestRevision: request.requestRevision.toString(), reservedAt: now.toISOString() },
    };
    const appended = newEventOf(event, metadata, now);
    await this.store.append(read.stream, [appended], { expectedRevision: read.revision ?? 'no_stream' });
    return appended.id;
  }

  /** Cancels this writer's own reservation whose write failed (at any revision: a release only ever lowers what counts). */
  async release(tenantId: string, reservationId: string, request: ReservationRequest, metadata: EventMetadata, now: Date, reason: string): Promise<void> {
    const event: ReturnReservationReleased = {
      type: 'warehouse-returns.ReturnReservationReleased',
      data: { customerId: request.customerId, returnRequestId: request.returnRequestId, reservationId, requestRevision: request.requestRevision.toString(), reason: reason.slice(0, 500), releasedAt: now.toISOString() },
    };
    await this.store.append(this.streamOf(tenantId, request.customerId), [newEventOf(event, metadata, now)], { expectedRevision: 'any' });
  }
}
