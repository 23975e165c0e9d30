import { DocumentFilter } from '@aftersales/eventsourcing';
import { ApiError, AuthUser, actingRoleOf } from '@aftersales/platform';
import { DISPATCH } from '@aftersales/dispatch-domain';

/*
 * DI-2: an outlet's own staff (role `outlet_staff`) work at one outlet, the one their token names
 * (the `outlet` claim, AUTH_OUTLET_CLAIM). They take requests at that outlet's counter, see the work
 * orders given to it, and assign them to its technicians; anything else of the tenant is not theirs.
 */

/** The outlet an outlet_staff caller works at: their token's outlet, or null when it names none (they then reach no outlet). */
export function staffOutletOf(user: AuthUser): string | null {
  return user.outletId ?? null;
}

/** Whether the caller reaches this order as its outlet's staff (an order given to no outlet is no outlet staff's). */
// rule DI-2: an outlet's own staff see, and assign, the work orders given to their outlet only
export function readsAsOutletStaff(user: AuthUser, order: { readonly outlet: { readonly outletId: string } | null }): boolean {
  const outletId = staffOutletOf(user);
  return user.roles.includes('outlet_staff') && outletId !== null && order.outlet?.outletId === outletId;
}

/** The list condition of the orders given to the caller's outlet (none when the token names no outlet). */
export function outletStaffOrders(user: AuthUser): DocumentFilter {
  const outletId = staffOutletOf(user);
  return outletId === null ? { 'outlet.outletId': { $in: [] } } : { 'outlet.outletId': outletId };
}

/** The technicians an outlet's staff may see and assign: their outlet's (none when the token names no outlet). */
// rule DI-2: an outlet's own staff see the technicians of their outlet only (those they may assign its orders to)
export function outletStaffTechnicians(user: AuthUser): DocumentFilter {
  const outletId = staffOutletOf(user);
  return outletId === null ? { outletId: { $in: [] } } : { outletId };
}

/** Whether the request acts as an outlet's staff (a user who is a dispatcher too acts as the dispatcher where both may). */
export function actsAsOutletStaff(user: AuthUser): boolean {
  return actingRoleOf(user) === 'outlet_staff';
}

/** Outlet staff take requests at their own outlet's counter only: another outlet's is a 403, nothing recorded. */
// rule DI-2: an outlet's own staff take requests at their own outlet's counter only
export function assertOwnCounter(user: AuthUser, outletId: string): void {
  if (!actsAsOutletStaff(user)) return;
  const staffOutletId = staffOutletOf(user);
  if (staffOutletId !== outletId.toLowerCase()) {
    throw new ApiError(403, DISPATCH.NOT_YOUR_OUTLET, `outlet staff take requests at their own outlet's counter only; outlet ${outletId} is not ${staffOutletId === null ? 'named by the token' : `${staffOutletId}`}`, undefined, {
      outletId,
      staffOutletId,
    });
  }
}
