/** The roles a token can carry (the people of DOMAIN.md's glossary plus auditor and admin). */
export const ROLES = [
  'customer_service',
  'sales',
  'sales_assistant',
  'dispatcher',
  'technician',
  'qa',
  'department',
  'warehouse',
  'driver',
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
}
