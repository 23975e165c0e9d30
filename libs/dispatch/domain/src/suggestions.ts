import type { LocalDate } from '@aftersales/calendar';
import { Qualification, qualificationInForce } from './technician';

/** A technician as the suggestion weighs them: their qualifications, region and open orders. */
export interface Candidate {
  readonly technicianId: string;
  readonly name: string;
  readonly region: string;
  /** DI-2: the outlet whose staff they are; null when none. */
  readonly outletId: string | null;
  readonly qualifications: readonly Qualification[];
  /** Work orders assigned to them and not yet handed over, closed or cancelled. */
  readonly openOrders: number;
  /** The earliest due time they still owe on those orders (their arrival commitments); null when none. */
  readonly earliestDueAt: string | null;
}

export interface Suggestion {
  readonly technicianId: string;
  readonly name: string;
  readonly rank: number;
  readonly qualified: boolean;
  readonly qualification: Qualification | null;
  /** DI-2: on the staff of the outlet the order is given to; null when the order is given to no outlet. */
  readonly atOutlet: boolean | null;
  readonly sameRegion: boolean;
  readonly openOrders: number;
  /** Hours from now to their earliest commitment (negative when it has passed); null when they owe none. */
  readonly hoursToEarliestDue: number | null;
  /** Why they rank where they do, in the order the ranking weighs it. */
  readonly reasons: readonly string[];
}

/** The order as the suggestion sees it; `outlet` when it is given to a service outlet (DI-2). */
export interface SuggestionOrder {
  readonly productLine: string;
  readonly region: string;
  readonly outlet?: { readonly outletId: string; readonly name: string } | null;
}

// rule TR-2: suggestions rank only a technician with a qualification in force on the planned date as assignable, then by region, open load and time left to their earliest commitment
// rule DI-2: for an order given to an outlet, that outlet's staff come first (nobody else can be assigned to it)
export function rankCandidates(order: SuggestionOrder, plannedOn: LocalDate, candidates: readonly Candidate[], now: Date): Suggestion[] {
  const outlet = order.outlet ?? null;
  const weighed = candidates.map((c) => {
    const atOutlet = outlet === null ? null : c.outletId === outlet.outletId;
    const qualification = qualificationInForce(c.qualifications, order.productLine, plannedOn);
    const sameRegion = c.region === order.region;
    const hoursToEarliestDue = c.earliestDueAt === null ? null : Math.round(((new Date(c.earliestDueAt).getTime() - now.getTime()) / 3_600_000) * 10) / 10;
    const reasons = [
      ...(outlet === null ? [] : [atOutlet ? `on the staff of the order's outlet ${outlet.name}` : `not on the staff of the order's outlet ${outlet.name}: cannot be assigned`]),
      qualification
        ? `qualified for ${order.productLine} on ${plannedOn} (${qualification.certificateNo}, until ${qualification.expiresOn})`
        : `no qualification for ${order.productLine} in force on ${plannedOn}: cannot be assigned`,
      sameRegion ? `works in the order's region ${order.region}` : `works in ${c.region}, not the order's region ${order.region}`,
      c.openOrders === 0 ? 'no open orders' : `${c.openOrders} open order${c.openOrders === 1 ? '' : 's'}`,
      hoursToEarliestDue === null ? 'no commitment due' : hoursToEarliestDue < 0 ? `a commitment overdue by ${-hoursToEarliestDue} h` : `earliest commitment due in ${hoursToEarliestDue} h`,
    ];
    return { technicianId: c.technicianId, name: c.name, qualified: qualification !== null, qualification, atOutlet, sameRegion, openOrders: c.openOrders, hoursToEarliestDue, reasons };
  });
  const slack = (h: number | null) => (h === null ? Number.POSITIVE_INFINITY : h);
  weighed.sort(
    (a, b) =>
      Number(b.atOutlet ?? false) - Number(a.atOutlet ?? false) ||
      Number(b.qualified) - Number(a.qualified) ||
      Number(b.sameRegion) - Number(a.sameRegion) ||
      a.openOrders - b.openOrders ||
      slack(b.hoursToEarliestDue) - slack(a.hoursToEarliestDue) ||
      (a.technicianId < b.technicianId ? -1 : a.technicianId > b.technicianId ? 1 : 0),
  );
  return weighed.map((s, i) => ({ ...s, rank: i + 1 }));
}
