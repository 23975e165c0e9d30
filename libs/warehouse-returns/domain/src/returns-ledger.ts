import { deterministicUuid } from '@aftersales/eventsourcing';
import { BookedLine, ReturnLine, deliveryKey } from './return-request.decider';
import { ReturnRequestStatus } from './return-request';

/**
 * The customer's returns ledger (WR-1 under concurrency, ADR 020): one stream per customer in which
 * every return request that opens or changes its lines first reserves its quantities, appended at
 * the ledger revision the check read. Two requests racing for the same delivery line therefore
 * cannot both pass: the second append conflicts, reads the first's reservation and is decided again.
 * The ledger says what each request asks to take back; the request's own state (refused, booked)
 * only lowers that, so a read model a moment behind can make the check stricter, never looser.
 */
export const WAREHOUSE_RETURNS_LEDGER_STREAM_PREFIX = 'warehouse-returns.customer-returns-';

/** The ledger's id: one per tenant and customer (customer ids are only unique within a tenant). */
export function returnsLedgerId(tenantId: string, customerId: string): string {
  return deterministicUuid('warehouse-returns.customer-returns', tenantId, customerId);
}

/**
 * How long a reservation whose request write has not (yet) landed still counts. The write follows
 * the reservation within one request; a reservation older than this without its write is one whose
 * write failed or whose process died, and stops holding the customer's quantities. A handler never
 * appends the request's write once half of it has passed since its reservation.
 */
export const RESERVATION_HOLD_MS = 5 * 60_000;

/** Quantities per delivery line (`deliveryDocument|sku`). */
export type LineQuantities = Readonly<Record<string, number>>;

export interface ReturnQuantitiesReserved {
  readonly type: 'warehouse-returns.ReturnQuantitiesReserved';
  readonly data: {
    readonly customerId: string;
    readonly returnRequestId: string;
    /** What the request will take back once its write lands, per delivery line. */
    readonly quantities: LineQuantities;
    /** The request's stream revision once its write lands (0 for the open). */
    readonly requestRevision: string;
    readonly reservedAt: string;
  };
}

export interface ReturnReservationReleased {
  readonly type: 'warehouse-returns.ReturnReservationReleased';
  readonly data: {
    readonly customerId: string;
    readonly returnRequestId: string;
    /** The reservation released: the event id of the ReturnQuantitiesReserved its writer appended (no other writer's). */
    readonly reservationId: string;
    readonly requestRevision: string;
    readonly reason: string;
    readonly releasedAt: string;
  };
}

export type ReturnsLedgerEvent = ReturnQuantitiesReserved | ReturnReservationReleased;
export const RETURNS_LEDGER_EVENT_TYPES: readonly ReturnsLedgerEvent['type'][] = ['warehouse-returns.ReturnQuantitiesReserved', 'warehouse-returns.ReturnReservationReleased'];

export interface Reservation {
  /** The ReturnQuantitiesReserved event's id. */
  readonly reservationId: string;
  readonly returnRequestId: string;
  readonly quantities: LineQuantities;
  readonly requestRevision: bigint;
  readonly reservedAt: string;
  readonly released: boolean;
}

/**
 * Every reservation of each request, in ledger order; a release cancels only the reservation it
 * names (its writer's own), never one another writer of the same request made meanwhile.
 */
export function reservationsOf(events: readonly (ReturnsLedgerEvent & { readonly id: string })[]): Map<string, Reservation[]> {
  const out = new Map<string, Reservation[]>();
  const byId = new Map<string, Reservation>();
  for (const e of events) {
    if (e.type === 'warehouse-returns.ReturnQuantitiesReserved') {
      const d = e.data;
      const reservation = { reservationId: e.id, returnRequestId: d.returnRequestId, quantities: d.quantities, requestRevision: BigInt(d.requestRevision), reservedAt: d.reservedAt, released: false };
      byId.set(e.id, reservation);
      out.set(d.returnRequestId, [...(out.get(d.returnRequestId) ?? []), reservation]);
    } else {
      const released = byId.get(e.data.reservationId);
      if (!released) continue;
      out.set(released.returnRequestId, (out.get(released.returnRequestId) ?? []).map((r) => (r.reservationId === released.reservationId ? { ...r, released: true } : r)));
    }
  }
  return out;
}

/** What a request's lines ask to take back, per delivery line. */
export function quantitiesOf(lines: readonly Pick<ReturnLine, 'deliveryDocument' | 'sku' | 'quantity'>[]): LineQuantities {
  const out: Record<string, number> = {};
  for (const l of lines) {
    const key = deliveryKey(l.deliveryDocument, l.sku);
    out[key] = (out[key] ?? 0) + l.quantity;
  }
  return out;
}

/** A return request as far as WR-1 is concerned: its status, lines, booked receipt and stream revision. */
export interface RequestQuantities {
  readonly status: ReturnRequestStatus;
  readonly lines: readonly Pick<ReturnLine, 'lineId' | 'deliveryDocument' | 'sku' | 'quantity'>[];
  readonly receipt: { readonly lines: readonly Pick<BookedLine, 'lineId' | 'quantity'>[] } | null;
  readonly revision: bigint;
}

// rule WR-1: a refused request takes nothing back; a booked one takes what was booked in; any other what its lines ask
export function takenBy(request: RequestQuantities): LineQuantities {
  if (request.status === 'refused') return {};
  if (!request.receipt) return quantitiesOf(request.lines);
  const booked = new Map(request.receipt.lines.map((l) => [l.lineId, l.quantity]));
  return quantitiesOf(request.lines.map((l) => ({ ...l, quantity: booked.get(l.lineId) ?? 0 })));
}

function add(into: Map<string, number>, quantities: LineQuantities): void {
  for (const [key, q] of Object.entries(quantities)) into.set(key, (into.get(key) ?? 0) + q);
}

/** A reservation still holds the customer's quantities: not released, its write not landed in the request's state, and younger than the hold. */
export function isHolding(reservation: Reservation, request: RequestQuantities | undefined, now: Date): boolean {
  const landed = request !== undefined && request.revision >= reservation.requestRevision;
  return !reservation.released && !landed && now.getTime() - Date.parse(reservation.reservedAt) < RESERVATION_HOLD_MS;
}

/**
 * rule WR-1: what the customer's other requests already take back, per delivery line.
 *
 * `requests` is each request's state as known (the list projection, or its stream when the
 * projection does not yet show a reservation's write). A request counts, on each line, as the
 * largest of what its state takes and what each of its holding reservations reserves (isHolding);
 * otherwise by its state alone. A request known only from the list (opened before the ledger
 * existed) counts by its state.
 */
export function returnedElsewhere(
  reservations: ReadonlyMap<string, readonly Reservation[]>,
  requests: ReadonlyMap<string, RequestQuantities>,
  excludingReturnRequestId: string,
  now: Date,
): Map<string, number> {
  const returned = new Map<string, number>();
  const ids = new Set([...reservations.keys(), ...requests.keys()]);
  for (const id of ids) {
    if (id === excludingReturnRequestId) continue;
    const request = requests.get(id);
    const counted: Record<string, number> = { ...(request ? takenBy(request) : {}) };
    for (const reservation of reservations.get(id) ?? []) {
      if (!isHolding(reservation, request, now)) continue;
      for (const [key, q] of Object.entries(reservation.quantities)) counted[key] = Math.max(counted[key] ?? 0, q);
    }
    add(returned, counted);
  }
  return returned;
}

/** A reservation's write may still be appended only within half the hold: after that it no longer safely counts. */
export function reservationStillHolds(reservedAt: Date, now: Date): boolean {
  return now.getTime() - reservedAt.getTime() < RESERVATION_HOLD_MS / 2;
}
