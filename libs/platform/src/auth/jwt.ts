import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jwt from 'jsonwebtoken';
import { AuthUser, ROLES, Role, isRole } from './roles';

export const JWT_ISSUER = 'aftersales';
const ALGORITHM = 'HS256';

export interface TokenRequest {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly tenantId: string;
  /** Seconds; default 12 h. */
  readonly expiresInSeconds?: number;
}

export function signToken(secret: string, request: TokenRequest): string {
  return jwt.sign({ roles: request.roles, tenant: request.tenantId }, secret, {
    algorithm: ALGORITHM,
    subject: request.subject,
    issuer: JWT_ISSUER,
    expiresIn: request.expiresInSeconds ?? 12 * 3600,
  });
}

/** Why a token was refused; the edge turns it into a 401 with `code`. */
export class TokenError extends Error {
  constructor(
    readonly code: 'AUTH.TOKEN_MISSING' | 'AUTH.TOKEN_INVALID' | 'AUTH.TOKEN_EXPIRED',
    message: string,
  ) {
    super(message);
  }
}

export function verifyToken(secret: string, token: string): AuthUser {
  let payload: jwt.JwtPayload;
  try {
    payload = jwt.verify(token, secret, { algorithms: [ALGORITHM], issuer: JWT_ISSUER }) as jwt.JwtPayload;
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) throw new TokenError('AUTH.TOKEN_EXPIRED', 'the bearer token has expired');
    throw new TokenError('AUTH.TOKEN_INVALID', 'the bearer token is not valid');
  }
  const roles: unknown = payload['roles'];
  const tenant: unknown = payload['tenant'];
  // jsonwebtoken accepts a token without `exp`; ours always carry one, so one without never expires: refuse.
  if (typeof payload.exp !== 'number') {
    throw new TokenError('AUTH.TOKEN_INVALID', 'the token has no expiry');
  }
  if (typeof payload.sub !== 'string' || payload.sub === '') {
    throw new TokenError('AUTH.TOKEN_INVALID', 'the token has no subject');
  }
  if (typeof tenant !== 'string' || tenant === '') {
    throw new TokenError('AUTH.TOKEN_INVALID', 'the token has no tenant');
  }
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw new TokenError('AUTH.TOKEN_INVALID', `the token's roles must be a non-empty list of ${ROLES.join(', ')}`);
  }
  return { id: payload.sub, roles: roles as Role[], tenantId: tenant };
}

/**
 * The standalone's signing secret: generated once and kept in the data dir, so tokens survive
 * restarts and `npm run token` signs with the same key the server verifies with.
 */
export function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    // Another process (the server or `npm run token`) created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw err;
  }
}
