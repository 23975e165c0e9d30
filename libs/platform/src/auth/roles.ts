/** The roles a token can carry (the people of DOMAIN.md's glossary plus auditor and admin). */
export const ROLES = [
  'customer_service',
  'sales',
  'sales_assistant',
  'dispatcher',
  'technician',
  'outlet_staff',
  'qa',
  'department',
  'warehouse',
  'driver',
  'after_sales_head',
  'area_manager',
  'business_head',
  'finance',
  'general_manager',
  'auditor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The authenticated caller. Every query and command is scoped to `tenantId`. */
export interface AuthUser {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly tenantId: string;
  /** For people (the token's `name` or `preferred_username`, AUTH_NAME_CLAIMS); never an identifier. */
  readonly name?: string;
  /**
   * DI-2: the service outlet an `outlet_staff` user works at (the token's `outlet`, AUTH_OUTLET_CLAIM);
   * absent when the token names none. Dispatch reads it only for the `outlet_staff` role.
   */
  readonly outletId?: string;
  /**
   * The role this request acts in: the first of the endpoint's roles the token carries (set by the
   * AuthGuard), so an event records `qa` for a user who is also `sales`. Absent outside a request.
   */
  readonly actingRole?: Role;
}

/** The role recorded on what a user does (the event's actor.role). */
export function actingRoleOf(user: AuthUser): Role {
  return user.actingRole ?? user.roles[0];
}
