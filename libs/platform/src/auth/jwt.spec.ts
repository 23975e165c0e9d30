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

  it('refuses a token signed with another secret, an expired one, and one without a tenant or with unknown roles', () => {
    expect(refusal(signToken('y'.repeat(40), { subject: 'u', roles: ['qa'], tenantId: 't' }))).toBe('AUTH.TOKEN_INVALID');
    const expired = jwt.sign({ roles: ['qa'], tenant: 't', exp: Math.floor(Date.now() / 1000) - 10 }, SECRET, {
      subject: 'u',
      issuer: 'aftersales',
    });
    expect(refusal(expired)).toBe('AUTH.TOKEN_EXPIRED');
    const noTenant = jwt.sign({ roles: ['qa'] }, SECRET, { subject: 'u', issuer: 'aftersales', expiresIn: 60 });
    expect(refusal(noTenant)).toBe('AUTH.TOKEN_INVALID');
    const badRole = jwt.sign({ roles: ['emperor'], tenant: 't' }, SECRET, { subject: 'u', issuer: 'aftersales', expiresIn: 60 });
    expect(refusal(badRole)).toBe('AUTH.TOKEN_INVALID');
    const forever = jwt.sign({ roles: ['qa'], tenant: 't' }, SECRET, { subject: 'u', issuer: 'aftersales' });
    expect(refusal(forever)).toBe('AUTH.TOKEN_INVALID');
    const none = jwt.sign({ roles: ['qa'], tenant: 't' }, '', { algorithm: 'none', subject: 'u', issuer: 'aftersales' });
    expect(refusal(none)).toBe('AUTH.TOKEN_INVALID');
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
