import { AUTH } from '../errors/codes';
import { AuthUser, Role, isRole } from './roles';

/**
 * Where a token's claims say who the caller is (ADR 015): an organisation's identity provider
 * names roles and tenants its own way (Keycloak's `realm_access.roles`, Entra's `roles`, a
 * `groups` list), so the mapping is configuration, not code.
 */
export interface ClaimMapping {
  /** Dotted claim paths whose values (a list or one string) are role names; all are read. */
  readonly rolesClaims: readonly string[];
  /** Only values starting with it count, taken without it (`aftersales-qa` → `qa`); none when empty. */
  readonly rolePrefix: string;
  /** The dotted claim path of the tenant, unless `fixedTenant` is set. */
  readonly tenantClaim: string;
  /** One tenant for every caller of this deployment, whatever the tokens say. */
  readonly fixedTenant?: string;
  /** The dotted claim path of the user id (`sub`). */
  readonly userClaim: string;
  /** Dotted claim paths tried in order for a display name. */
  readonly nameClaims: readonly string[];
  /** The dotted claim path of the service outlet an `outlet_staff` user works at (DI-2); `outlet` when unset. */
  readonly outletClaim?: string;
}

/** Our own tokens' claims (`npm run token`): `roles`, `tenant`, `sub`. */
export const DEFAULT_CLAIM_MAPPING: ClaimMapping = {
  rolesClaims: ['roles'],
  rolePrefix: '',
  tenantClaim: 'tenant',
  userClaim: 'sub',
  nameClaims: ['name', 'preferred_username'],
  outletClaim: 'outlet',
};

/** The longest outlet id a token may name; a longer value, or one that is not a string, names none. */
const MAX_OUTLET_CLAIM_LENGTH = 200;

/** Turns a bearer token into the caller, or throws a TokenError. */
export interface TokenVerifier {
  verify(token: string): AuthUser | Promise<AuthUser>;
}

/** Why a token was refused; the edge answers with `status` and `code`. */
export class TokenError extends Error {
  constructor(
    readonly code: (typeof AUTH)['TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_LIFETIME_TOO_LONG' | 'NO_TENANT' | 'NO_ROLE' | 'KEYS_UNAVAILABLE'],
    message: string,
  ) {
    super(message);
  }

  /** 401 unless the token is valid but grants nothing here (403), or the keys cannot be had (503). */
  get status(): 401 | 403 | 503 {
    return this.code === AUTH.NO_ROLE ? 403 : this.code === AUTH.KEYS_UNAVAILABLE ? 503 : 401;
  }
}

function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The roles a token grants here: every known role of the configured claims; unknown ones are ignored. */
export function rolesOf(claims: Record<string, unknown>, mapping: ClaimMapping): Role[] {
  const roles = new Set<Role>();
  for (const path of mapping.rolesClaims) {
    const value = claimAt(claims, path);
    for (const entry of Array.isArray(value) ? value : [value]) {
      if (typeof entry !== 'string' || !entry.startsWith(mapping.rolePrefix)) continue;
      const name = entry.slice(mapping.rolePrefix.length);
      if (isRole(name)) roles.add(name);
    }
  }
  return [...roles];
}

/**
 * The caller a verified token names. No user id → 401 TOKEN_INVALID; no tenant → 401 NO_TENANT;
 * none of our roles → 403 NO_ROLE (the token is good, it grants nothing here).
 */
export function userFromClaims(claims: Record<string, unknown>, mapping: ClaimMapping): AuthUser {
  const id = claimAt(claims, mapping.userClaim);
  if (typeof id !== 'string' || id === '') {
    throw new TokenError(AUTH.TOKEN_INVALID, `the token has no ${mapping.userClaim}`);
  }
  const tenant = mapping.fixedTenant ?? claimAt(claims, mapping.tenantClaim);
  if (typeof tenant !== 'string' || tenant === '') {
    throw new TokenError(AUTH.NO_TENANT, `the token names no tenant (claim ${mapping.tenantClaim})`);
  }
  const roles = rolesOf(claims, mapping);
  if (roles.length === 0) {
    throw new TokenError(AUTH.NO_ROLE, `the token carries none of our roles (claims ${mapping.rolesClaims.join(', ')}${mapping.rolePrefix ? `, prefix ${mapping.rolePrefix}` : ''})`);
  }
  const name = mapping.nameClaims.map((path) => claimAt(claims, path)).find((v): v is string => typeof v === 'string' && v !== '');
  const outlet = claimAt(claims, mapping.outletClaim ?? 'outlet');
  const outletId = typeof outlet === 'string' && outlet !== '' && outlet.length <= MAX_OUTLET_CLAIM_LENGTH ? outlet.toLowerCase() : undefined;
  return { id, roles, tenantId: tenant, ...(name === undefined ? {} : { name }), ...(outletId === undefined ? {} : { outletId }) };
}
