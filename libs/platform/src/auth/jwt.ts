import { KeyObject, createSecretKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jwt from 'jsonwebtoken';
import { AuthUser, Role } from './roles';
import { AUTH } from '../errors/codes';
import { ClaimMapping, DEFAULT_CLAIM_MAPPING, TokenError, TokenVerifier, userFromClaims } from './claims';

export { TokenError } from './claims';

export const JWT_ISSUER = 'aftersales';
const ALGORITHM = 'HS256';
/** The longest a token may live (exp − iat) unless JWT_MAX_LIFETIME_SECONDS says otherwise. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/** How far in the future a token's `iat` may be: the issuer's clock may run a little ahead of ours. */
export const TOKEN_CLOCK_SKEW_SECONDS = 60;

export interface TokenRequest {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly tenantId: string;
  /** DI-2: the service outlet of an `outlet_staff` user (the `outlet` claim). */
  readonly outletId?: string;
  /** Seconds; default 12 h. */
  readonly expiresInSeconds?: number;
}

export function signToken(secret: string, request: TokenRequest): string {
  const claims = { roles: request.roles, tenant: request.tenantId, ...(request.outletId === undefined ? {} : { outlet: request.outletId }) };
  return jwt.sign(claims, secret, {
    algorithm: ALGORITHM,
    subject: request.subject,
    issuer: JWT_ISSUER,
    expiresIn: request.expiresInSeconds ?? 12 * 3600,
  });
}

export interface TokenPolicy {
  /** The longest lifetime accepted: exp − iat, or exp − now for a token without iat. */
  readonly maxLifetimeSeconds: number;
  /** Epoch milliseconds (tests); the wall clock otherwise. */
  readonly now?: number;
  /** Where the caller's id, tenant and roles are read (default: our own tokens' `sub`, `tenant`, `roles`). */
  readonly claims?: ClaimMapping;
  /** How far the issuer's clock may be from ours, in seconds (default TOKEN_CLOCK_SKEW_SECONDS). */
  readonly clockSkewSeconds?: number;
}

/**
 * The secret as a key object, made once per secret: given the string, jsonwebtoken first tries it
 * as a public key (a throw and a catch on every request, 2.8% of the standalone's CPU while it
 * registers complaints at 16 connections) before taking it as the HMAC secret it is.
 */
let verificationKey: { readonly secret: string; readonly key: KeyObject } | null = null;
function keyOf(secret: string): KeyObject {
  if (verificationKey?.secret !== secret) verificationKey = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) };
  return verificationKey.key;
}

export function verifyToken(
  secret: string,
  token: string,
  policy: TokenPolicy = { maxLifetimeSeconds: DEFAULT_MAX_TOKEN_LIFETIME_SECONDS },
): AuthUser {
  const nowSeconds = Math.floor((policy.now ?? Date.now()) / 1000);
  let payload: jwt.JwtPayload;
  try {
    payload = jwt.verify(token, keyOf(secret), { algorithms: [ALGORITHM], issuer: JWT_ISSUER, clockTimestamp: nowSeconds, clockTolerance: policy.clockSkewSeconds ?? 0 }) as jwt.JwtPayload;
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) throw new TokenError(AUTH.TOKEN_EXPIRED, 'the bearer token has expired');
    throw new TokenError(AUTH.TOKEN_INVALID, 'the bearer token is not valid');
  }
  // jsonwebtoken accepts a token without `exp`; ours always carry one, so one without never expires: refuse.
  if (typeof payload.exp !== 'number') {
    throw new TokenError(AUTH.TOKEN_INVALID, 'the token has no expiry');
  }
  checkLifetime(payload.exp, payload.iat, nowSeconds, policy.maxLifetimeSeconds, policy.clockSkewSeconds);
  return userFromClaims(payload, policy.claims ?? DEFAULT_CLAIM_MAPPING);
}

/** Our own HS256 tokens, signed with the deployment's secret (the standalone's default, `npm run token`). */
export class SecretTokenVerifier implements TokenVerifier {
  constructor(
    private readonly secret: string,
    private readonly policy: TokenPolicy,
  ) {}

  verify(token: string): AuthUser {
    return verifyToken(this.secret, token, this.policy);
  }
}

/**
 * A stolen token must not work for ever: `exp: 1e300` passes jsonwebtoken's checks, so the lifetime
 * is capped. A token claiming to be issued in the future could stretch the cap: refused too.
 */
export function checkLifetime(exp: number, iat: unknown, nowSeconds: number, maxLifetimeSeconds: number, skewSeconds = TOKEN_CLOCK_SKEW_SECONDS): void {
  if (!Number.isSafeInteger(exp)) throw new TokenError(AUTH.TOKEN_INVALID, 'the token\'s exp is not a whole number of seconds');
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isSafeInteger(iat))) {
    throw new TokenError(AUTH.TOKEN_INVALID, 'the token\'s iat is not a whole number of seconds');
  }
  if (iat !== undefined && iat > nowSeconds + skewSeconds) {
    throw new TokenError(AUTH.TOKEN_INVALID, 'the token claims to be issued in the future');
  }
  const lifetime = exp - (iat ?? nowSeconds);
  if (lifetime > maxLifetimeSeconds) {
    throw new TokenError(AUTH.TOKEN_LIFETIME_TOO_LONG, `the token lives longer than the ${maxLifetimeSeconds} seconds allowed`);
  }
}

/** Where the standalone keeps its signing secret inside its data dir. */
export function secretFileOf(dataDir: string): string {
  return join(dataDir, 'jwt-secret');
}

/** The secret kept in the data dir, or null when there is none yet. */
export function readSecret(dataDir: string): string | null {
  const file = secretFileOf(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

/**
 * The standalone's signing secret: generated once and kept in the data dir, so tokens survive
 * restarts and `npm run token` signs with the same key the server verifies with.
 */
export function loadOrCreateSecret(dataDir: string): string {
  const existing = readSecret(dataDir);
  if (existing !== null) return existing;
  const file = secretFileOf(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    // Another process (the server or `npm run token --create-secret`) created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw err;
  }
}
