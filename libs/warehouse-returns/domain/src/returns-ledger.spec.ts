import {
  RESERVATION_HOLD_MS,
  RequestQuantities,
  ReturnsLedgerEvent,
  quantitiesOf,
  reservationStillHolds,
  reservationsOf,
  returnedElsewhere,
  returnsLedgerId,
  takenBy,
} from './returns-ledger';

const T0 = new Date('2026-03-03T02:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const PUMP = 'D-1|PUMP-3';
const SEAL = 'D-1|SEAL-1';

type LedgerEvent = ReturnsLedgerEvent & { readonly id: string };
let n = 0;
/** A reservation with its own id (`res-<n>` unless given). */
const reserved = (returnRequestId: string, quantities: Record<string, number>, requestRevision: number, at = T0, id = `res-${++n}`): LedgerEvent => ({
  id,
  type: 'warehouse-returns.ReturnQuantitiesReserved',
  data: { customerId: 'C-1', returnRequestId, quantities, requestRevision: String(requestRevision), reservedAt: at.toISOString() },
});
/** The release of the reservation with this id. */
const released = (of: LedgerEvent): LedgerEvent => ({
  id: `rel-${++n}`,
  type: 'warehouse-returns.ReturnReservationReleased',
  data: { customerId: 'C-1', returnRequestId: of.data.returnRequestId, reservationId: of.id, requestRevision: of.data.requestRevision, reason: 'write failed', releasedAt: T0.toISOString() },
});
const request = (over: Partial<RequestQuantities> & { pumps?: number }): RequestQuantities => ({
  status: 'in_approval',
  lines: [{ lineId: 'L1', deliveryDocument: 'D-1', sku: 'PUMP-3', quantity: over.pumps ?? 3 }],
  receipt: null,
  revision: 0n,
  ...over,
});
const asMap = (m: Map<string, number>) => Object.fromEntries(m);

describe('the customer returns ledger (WR-1 under concurrency, ADR 020)', () => {
  it('WR-1 one ledger per tenant and customer', () => {
    expect(returnsLedgerId('acme', 'C-1')).toBe(returnsLedgerId('acme', 'C-1'));
    expect(returnsLedgerId('acme', 'C-1')).not.toBe(returnsLedgerId('other', 'C-1'));
    expect(returnsLedgerId('acme', 'C-1')).not.toBe(returnsLedgerId('acme', 'C-2'));
  });

  it('WR-1 a release cancels only the reservation it names: another writer\'s of the same request keeps holding', () => {
    const first = reserved('R1', { [PUMP]: 2 }, 0);
    const mine = reserved('R1', { [PUMP]: 5 }, 2);
    const theirs = reserved('R1', { [PUMP]: 5 }, 2);
    const r = reservationsOf([first, mine, theirs, released(mine), reserved('R2', { [SEAL]: 1 }, 0, T0, 'r2'), released(reserved('R2', {}, 0, T0, 'r2'))]);
    expect(r.get('R1')?.map((x) => [x.reservationId, x.released])).toEqual([
      [first.id, false],
      [mine.id, true],
      [theirs.id, false],
    ]);
    expect(r.get('R2')?.map((x) => x.released)).toEqual([true]);
  });

  it('WR-1 a double submit of one amendment: the loser\'s release leaves the winner\'s landed quantities counted', () => {
    // R1 holds 10 at revision 3; the same amendment to 50 sent twice: both reserve for revision 4,
    // one write lands, the other conflicts and releases its own reservation.
    const winner = reserved('R1', { [PUMP]: 50 }, 4);
    const loser = reserved('R1', { [PUMP]: 50 }, 4);
    const ledger = reservationsOf([reserved('R1', { [PUMP]: 10 }, 0), winner, loser, released(loser)]);
    // The list still shows revision 3 (10 pumps): the winner's reservation holds until it shows 4.
    expect(asMap(returnedElsewhere(ledger, new Map([['R1', request({ revision: 3n, pumps: 10 })]]), 'R2', later(1000)))).toEqual({ [PUMP]: 50 });
    // Read from its stream (revision 4, 50 pumps): counted by its state.
    expect(asMap(returnedElsewhere(ledger, new Map([['R1', request({ revision: 4n, pumps: 50 })]]), 'R2', later(RESERVATION_HOLD_MS * 2)))).toEqual({ [PUMP]: 50 });
  });

  it('WR-1 quantities per delivery line; a refused request takes nothing back, a booked one what was booked in', () => {
    expect(quantitiesOf([{ deliveryDocument: 'D-1', sku: 'PUMP-3', quantity: 2 }, { deliveryDocument: 'D-1', sku: 'PUMP-3', quantity: 1 }, { deliveryDocument: 'D-1', sku: 'SEAL-1', quantity: 4 }])).toEqual({ [PUMP]: 3, [SEAL]: 4 });
    expect(takenBy(request({ status: 'refused' }))).toEqual({});
    expect(takenBy(request({ status: 'booked', receipt: { lines: [{ lineId: 'L1', quantity: 1 }] } }))).toEqual({ [PUMP]: 1 });
    expect(takenBy(request({}))).toEqual({ [PUMP]: 3 });
  });

  it('WR-1 a reservation whose write has not landed counts while it holds, so a racing request sees it', () => {
    const reservations = reservationsOf([reserved('R1', { [PUMP]: 4 }, 0)]);
    // R1's write is not in the list yet (nor in its stream): its reservation counts.
    expect(asMap(returnedElsewhere(reservations, new Map(), 'R2', later(1000)))).toEqual({ [PUMP]: 4 });
    // ... but not for R1 itself.
    expect(asMap(returnedElsewhere(reservations, new Map(), 'R1', later(1000)))).toEqual({});
    // Past the hold without its write, the reservation is one whose write failed: it counts no more.
    expect(asMap(returnedElsewhere(reservations, new Map(), 'R2', later(RESERVATION_HOLD_MS)))).toEqual({});
    // Released (the write failed and said so): it counts no more at once.
    const failed = reserved('R1', { [PUMP]: 4 }, 0);
    expect(asMap(returnedElsewhere(reservationsOf([failed, released(failed)]), new Map(), 'R2', later(1000)))).toEqual({});
  });

  it('WR-1 once the write has landed, the request counts by its state; before, by the larger of the two on each line', () => {
    // An amendment from 3 to 6 pumps reserved at revision 4; the request as read is still at revision 3.
    const reservations = reservationsOf([reserved('R1', { [PUMP]: 3 }, 0), reserved('R1', { [PUMP]: 6, [SEAL]: 1 }, 4)]);
    const before = new Map([['R1', request({ revision: 3n, pumps: 3 })]]);
    expect(asMap(returnedElsewhere(reservations, before, 'R2', later(1000)))).toEqual({ [PUMP]: 6, [SEAL]: 1 });
    // A lowering amendment in flight keeps the higher quantity until it lands.
    const lowering = reservationsOf([reserved('R1', { [PUMP]: 1 }, 4)]);
    expect(asMap(returnedElsewhere(lowering, before, 'R2', later(1000)))).toEqual({ [PUMP]: 3 });
    // Landed: the request's own state, refused or booked included.
    expect(asMap(returnedElsewhere(reservations, new Map([['R1', request({ revision: 4n, pumps: 6 })]]), 'R2', later(1000)))).toEqual({ [PUMP]: 6 });
    expect(asMap(returnedElsewhere(reservations, new Map([['R1', request({ revision: 9n, status: 'refused' })]]), 'R2', later(1000)))).toEqual({});
  });

  it('WR-1 requests opened before the ledger existed count by their state; several requests add up', () => {
    const requests = new Map([
      ['OLD', request({ pumps: 2 })],
      ['R1', request({ pumps: 3 })],
    ]);
    expect(asMap(returnedElsewhere(reservationsOf([reserved('R1', { [PUMP]: 3 }, 0), reserved('R3', { [PUMP]: 1 }, 0)]), requests, 'R9', later(10)))).toEqual({ [PUMP]: 6 });
  });

  it('WR-1 a request is written only within half the hold after its reservation', () => {
    expect(reservationStillHolds(T0, later(RESERVATION_HOLD_MS / 2 - 1))).toBe(true);
    expect(reservationStillHolds(T0, later(RESERVATION_HOLD_MS / 2))).toBe(false);
  });
});
