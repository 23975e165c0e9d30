import type { LocalDate } from '@aftersales/calendar';

/** A technician's qualification for one product line (TR-2): valid from its issue date through its expiry date, both inclusive. */
export interface Qualification {
  readonly productLine: string;
  readonly certificateNo: string;
  readonly issuedOn: LocalDate;
  readonly expiresOn: LocalDate;
}

// rule TR-2: a technician may service a product line only on a date a qualification for it is in force (issued on or before, expiring on or after)
/** The qualification in force for the product line on `on`: the one expiring last; null when there is none. */
export function qualificationInForce(qualifications: readonly Qualification[], productLine: string, on: LocalDate): Qualification | null {
  const valid = qualifications.filter((q) => q.productLine === productLine && q.issuedOn <= on && on <= q.expiresOn);
  return valid.reduce<Qualification | null>((best, q) => (best === null || q.expiresOn > best.expiresOn ? q : best), null);
}
