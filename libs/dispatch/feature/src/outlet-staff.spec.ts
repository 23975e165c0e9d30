import { AuthUser } from '@aftersales/platform';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { assertOwnCounter, outletStaffOrders, readsAsOutletStaff } from './outlet-staff';
import { workOrderAggregate } from './work-order.aggregate';
import { WorkOrderView } from './work-order-view';

const OURS = '0190f5c2-0000-7000-8000-0000000000f1';
const THEIRS = '0190f5c2-0000-7000-8000-0000000000f2';
const staff = (outletId?: string, extra: Partial<AuthUser> = {}): AuthUser => ({ id: 'counter-1', roles: ['outlet_staff'], tenantId: 'acme', actingRole: 'outlet_staff', ...(outletId ? { outletId } : {}), ...extra });
const order = (outletId: string | null, technicianId: string | null = null) => ({ outlet: outletId === null ? null : { outletId, name: 'x', scope: 'minor_repair' }, technicianId }) as unknown as WorkOrderView;
const codeOf = (f: () => void): unknown => {
  try {
    f();
    return undefined;
  } catch (err) {
    return [(err as { status: number }).status, (err as { code: string }).code, (err as { details: unknown }).details];
  }
};

describe('DI-2 outlet staff: their own outlet only', () => {
  it("DI-2 reads the orders given to their outlet: not another outlet's, not one given to no outlet, none when the token names no outlet", () => {
    const mayRead = workOrderAggregate.mayRead as (user: AuthUser, view: WorkOrderView) => boolean;
    expect(mayRead(staff(OURS), order(OURS))).toBe(true);
    expect(mayRead(staff(OURS), order(THEIRS))).toBe(false);
    expect(mayRead(staff(OURS), order(null))).toBe(false);
    expect(mayRead(staff(), order(OURS))).toBe(false);
    expect(readsAsOutletStaff(staff(OURS), order(OURS))).toBe(true);
    // The dispatcher keeps every order; a technician their own, whatever outlet.
    expect(mayRead({ id: 'd', roles: ['dispatcher'], tenantId: 'acme' }, order(THEIRS))).toBe(true);
    expect(mayRead({ id: 't', roles: ['technician'], tenantId: 'acme' }, order(THEIRS, 't'))).toBe(true);
  });

  it("DI-2 lists only their outlet's orders; a token naming no outlet lists none", () => {
    expect(outletStaffOrders(staff(OURS))).toEqual({ 'outlet.outletId': OURS });
    expect(outletStaffOrders(staff())).toEqual({ 'outlet.outletId': { $in: [] } });
  });

  it("DI-2 takes requests at their own outlet's counter; another's, or any without an outlet in the token, is 403 DISPATCH.NOT_YOUR_OUTLET", () => {
    expect(codeOf(() => assertOwnCounter(staff(OURS), OURS.toUpperCase()))).toBeUndefined();
    expect(codeOf(() => assertOwnCounter(staff(OURS), THEIRS))).toEqual([403, DISPATCH.NOT_YOUR_OUTLET, { outletId: THEIRS, staffOutletId: OURS }]);
    expect(codeOf(() => assertOwnCounter(staff(), OURS))).toEqual([403, DISPATCH.NOT_YOUR_OUTLET, { outletId: OURS, staffOutletId: null }]);
    // Acting as the dispatcher (a user with both roles, where both may), every outlet's counter.
    expect(codeOf(() => assertOwnCounter(staff(OURS, { roles: ['dispatcher', 'outlet_staff'], actingRole: 'dispatcher' }), THEIRS))).toBeUndefined();
  });
});
