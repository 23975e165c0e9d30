import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jwt from 'jsonwebtoken';
import { TokenError, loadOrCreateSecret, signToken, verifyToken } from './jwt';

const SECRET = 'x'.repeat(40);

function refusal(token: string, secret = SECRET): string | undefined {
  try {
    verifyToken(secret, token);
    return undefined;
  } catch (err) {
    return (err as TokenError).code;
  }
}

describe('JWT tokens', () => {
  it('round-trips subject, roles and tenant', () => {
    const token = signToken(SECRET, { subject: 'u-1', roles: ['qa', 'auditor'], tenantId: 'acme' });
    expect(verifyToken(SECRET, token)).toEqual({ id: 'u-1', roles: ['qa', 'auditor'], tenantId: 'acme' });
  });

  it("DI-2 carries an outlet_staff user's outlet in the `outlet` claim", () => {
    const token = signToken(SECRET, { subject: 'u-2', roles: ['outlet_staff'], tenantId: 'acme', outletId: 'outlet-1' });
    expect(jwt.decode(token)).toMatchObject({ outlet: 'outlet-1' });
    expect(verifyToken(SECRET, token)).toEqual({ id: 'u-2', roles: ['outlet_staff'], tenantId: 'acme', outletId: 'outlet-1' });
  });

  it('verifies with the secret it is given each time, whichever secret it verified with before', () => {
    const other = 'z'.repeat(40);
    const ours = signToken(SECRET, { subject: 'u-1', roles: ['qa'], tenantId: 'acme' });
    const theirs = signToken(other, { subject: 'u-2', roles: ['qa'], tenantId: 'acme' });
    expect(verifyToken(SECRET, ours).id).toBe('u-1');
    expect(refusal(theirs)).toBe('AUTH.TOKEN_INVALID');
    expect(verifyToken(other, theirs).id).toBe('u-2');
    expect(refusal(ours, other)).toBe('AUTH.TOKEN_INVALID');
    expect(verifyToken(SECRET, ours).id).toBe('u-1');
  });

  it('refuses a token signed with another secret, an expired one, one without a tenant (401) or without a known role (403)', () => {
    expect(refusal(signToken('y'.repeat(40), { subject: 'u', roles: ['qa'], tenantId: 't' }))).toBe('AUTH.TOKEN_INVALID');
    const expired = jwt.sign({ roles: ['qa'], tenant: 't', exp: Math.floor(Date.now() / 1000) - 10 }, SECRET, {
      subject: 'u',
      issuer: 'aftersales',
    });
    expect(refusal(expired)).toBe('AUTH.TOKEN_EXPIRED');
    const noTenant = jwt.sign({ roles: ['qa'] }, SECRET, { subject: 'u', issuer: 'aftersales', expiresIn: 60 });
    expect(refusal(noTenant)).toBe('AUTH.NO_TENANT');
    const badRole = jwt.sign({ roles: ['emperor'], tenant: 't' }, SECRET, { subject: 'u', issuer: 'aftersales', expiresIn: 60 });
    expect(refusal(badRole)).toBe('AUTH.NO_ROLE');
    // An unknown role beside a known one is ignored.
    const mixed = jwt.sign({ roles: ['emperor', 'qa'], tenant: 't' }, SECRET, { subject: 'u', issuer: 'aftersales', expiresIn: 60 });
    expect(verifyToken(SECRET, mixed).roles).toEqual(['qa']);
    const forever = jwt.sign({ roles: ['qa'], tenant: 't' }, SECRET, { subject: 'u', issuer: 'aftersales' });
    expect(refusal(forever)).toBe('AUTH.TOKEN_INVALID');
    const none = jwt.sign({ roles: ['qa'], tenant: 't' }, '', { algorithm: 'none', subject: 'u', issuer: 'aftersales' });
    expect(refusal(none)).toBe('AUTH.TOKEN_INVALID');
  });

  describe('lifetime', () => {
    const NOW = Date.UTC(2026, 2, 3, 2, 0, 0);
    const now = NOW / 1000;
    const policy = { maxLifetimeSeconds: 24 * 3600, now: NOW };
    // A string payload is signed as given: jsonwebtoken neither adds iat nor checks the types.
    const claims = (times: Record<string, unknown>) => jwt.sign(JSON.stringify({ sub: 'u', iss: 'aftersales', roles: ['qa'], tenant: 't', ...times }), SECRET);
    const refused = (token: string) => {
      try {
        verifyToken(SECRET, token, policy);
        return undefined;
      } catch (err) {
        return (err as TokenError).code;
      }
    };

    it('accepts a token living up to the cap, with or without iat', () => {
      expect(refused(claims({ iat: now, exp: now + 24 * 3600 }))).toBeUndefined();
      expect(refused(claims({ exp: now + 24 * 3600 }))).toBeUndefined();
      expect(refused(claims({ iat: now + 30, exp: now + 3600 }))).toBeUndefined();
    });

    it('refuses a token living longer than the cap: exp − iat, or exp − now without iat', () => {
      expect(refused(claims({ iat: now, exp: now + 24 * 3600 + 1 }))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
      expect(refused(claims({ exp: now + 24 * 3600 + 1 }))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
      expect(refused(claims({ iat: now - 3600, exp: now + 24 * 3600 }))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
    });

    it('refuses absurd or non-numeric exp and iat, and an iat in the future beyond the skew', () => {
      expect(refused(claims({ iat: now, exp: 1e300 }))).toBe('AUTH.TOKEN_INVALID');
      expect(refused(claims({ iat: now, exp: now + 60.5 }))).toBe('AUTH.TOKEN_INVALID');
      expect(refused(claims({ iat: 'yesterday', exp: now + 60 }))).toBe('AUTH.TOKEN_INVALID');
      expect(refused(claims({ iat: -1e300, exp: now + 60 }))).toBe('AUTH.TOKEN_INVALID');
      expect(refused(claims({ iat: now + 3600, exp: now + 7200 }))).toBe('AUTH.TOKEN_INVALID');
    });

    it('uses the default cap of 24 h when given no policy, and our own tokens (12 h) pass it', () => {
      expect(refusal(signToken(SECRET, { subject: 'u', roles: ['qa'], tenantId: 't' }))).toBeUndefined();
      expect(refusal(signToken(SECRET, { subject: 'u', roles: ['qa'], tenantId: 't', expiresInSeconds: 25 * 3600 }))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
    });
  });

  it('generates the standalone secret once and keeps it private in the data dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-'));
    const first = loadOrCreateSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadOrCreateSecret(dir)).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o077).toBe(0);
  });
});
