import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { CryptoKey, JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { ClaimMapping, DEFAULT_CLAIM_MAPPING, TokenError, userFromClaims } from './claims';
import { OidcOptions, OidcTokenVerifier } from './oidc';

/** A real HTTP server publishing a key set (and a discovery document) the way an issuer does. */
class KeyServer {
  keys: JWK[] = [];
  down = false;
  jwksFetches = 0;
  discoveryIssuer: string | null = null;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      if (this.down) return void res.writeHead(503).end();
      if (req.url === '/.well-known/openid-configuration') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ issuer: this.discoveryIssuer ?? this.url, jwks_uri: `${this.url}/jwks` }));
      }
      this.jwksFetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: this.keys }));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

interface SigningKey {
  readonly kid: string;
  readonly alg: string;
  readonly privateKey: CryptoKey;
  readonly jwk: JWK;
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256' | 'EdDSA'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

const MAPPING: ClaimMapping = { ...DEFAULT_CLAIM_MAPPING, rolesClaims: ['realm_access.roles', 'groups'], rolePrefix: 'aftersales-' };

describe('OIDC bearer tokens (issuer keys by JWKS)', () => {
  const server = new KeyServer();
  let rsa: SigningKey;
  let ec: SigningKey;
  let ed: SigningKey;
  let now: number;

  beforeAll(async () => {
    await server.start();
    [rsa, ec, ed] = await Promise.all([signingKey('rsa-1', 'RS256'), signingKey('ec-1', 'ES256'), signingKey('ed-1', 'EdDSA')]);
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.keys = [rsa.jwk, ec.jwk, ed.jwk];
    server.down = false;
    server.jwksFetches = 0;
    server.discoveryIssuer = null;
    now = Date.now();
  });

  const verifier = (options: Partial<OidcOptions> = {}) =>
    new OidcTokenVerifier(
      {
        issuer: server.url,
        audience: ['aftersales'],
        jwksUrl: `${server.url}/jwks`,
        algorithms: ['RS256', 'ES256', 'EdDSA'],
        clockSkewSeconds: 60,
        cooldownMs: 30_000,
        cacheMaxAgeMs: 600_000,
        staleMaxAgeMs: 3_600_000,
        timeoutMs: 2_000,
        maxLifetimeSeconds: 86_400,
        claims: MAPPING,
        ...options,
      },
      () => now,
    );

  const token = (key: SigningKey, claims: Record<string, unknown> = {}, options: { aud?: string; iss?: string; expiresIn?: number; issuedIn?: number } = {}) =>
    new SignJWT({ realm_access: { roles: ['aftersales-qa', 'offline_access'] }, tenant: 'acme', name: 'Li Lei', ...claims })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
      .setSubject('user-1')
      .setIssuer(options.iss ?? server.url)
      .setAudience(options.aud ?? 'aftersales')
      .setIssuedAt(Math.floor(now / 1000) + (options.issuedIn ?? 0))
      .setExpirationTime(Math.floor(now / 1000) + (options.expiresIn ?? 300))
      .sign(key.privateKey);

  const refusal = async (v: OidcTokenVerifier, t: string): Promise<string | undefined> => {
    try {
      await v.verify(t);
      return undefined;
    } catch (err) {
      if (err instanceof TokenError) return err.code;
      throw err;
    }
  };

  it('accepts RS256, ES256 and EdDSA tokens of the issuer, mapping sub, tenant, prefixed realm roles and the name', async () => {
    const v = verifier();
    for (const key of [rsa, ec, ed]) {
      await expect(v.verify(await token(key))).resolves.toEqual({ id: 'user-1', roles: ['qa'], tenantId: 'acme', name: 'Li Lei' });
    }
    expect(server.jwksFetches).toBe(1);
  });

  it('refuses another audience, another issuer, an algorithm not allowed, a forged signature and an HS256 token', async () => {
    const v = verifier({ algorithms: ['RS256', 'EdDSA'] });
    expect(await refusal(v, await token(rsa, {}, { aud: 'another-api' }))).toBe('AUTH.TOKEN_INVALID');
    expect(await refusal(v, await token(rsa, {}, { iss: 'https://elsewhere.example' }))).toBe('AUTH.TOKEN_INVALID');
    expect(await refusal(v, await token(ec))).toBe('AUTH.TOKEN_INVALID');
    const forger = await signingKey('rsa-1', 'RS256');
    expect(await refusal(v, await token(forger))).toBe('AUTH.TOKEN_INVALID');
    const hs = await new SignJWT({ roles: ['qa'], tenant: 'acme' })
      .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
      .setSubject('u')
      .setIssuer(server.url)
      .setAudience('aftersales')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    expect(await refusal(v, hs)).toBe('AUTH.TOKEN_INVALID');
  });

  it('allows the configured clock skew and no more (exp, and iat in the future)', async () => {
    const v = verifier({ clockSkewSeconds: 60 });
    const expiredJustNow = await token(rsa, {}, { expiresIn: -30 });
    await expect(v.verify(expiredJustNow)).resolves.toMatchObject({ id: 'user-1' });
    expect(await refusal(v, await token(rsa, {}, { expiresIn: -90 }))).toBe('AUTH.TOKEN_EXPIRED');
    expect(await refusal(verifier({ clockSkewSeconds: 0 }), expiredJustNow)).toBe('AUTH.TOKEN_EXPIRED');
    expect(await refusal(v, await token(rsa, {}, { issuedIn: 3600, expiresIn: 7200 }))).toBe('AUTH.TOKEN_INVALID');
    expect(await refusal(v, await token(rsa, {}, { expiresIn: 86_400 * 2 }))).toBe('AUTH.TOKEN_LIFETIME_TOO_LONG');
  });

  it('fetches the keys again for an unknown kid (a rotation), and at most once per cooldown', async () => {
    const v = verifier({ cooldownMs: 60_000 });
    await v.verify(await token(rsa));
    const rotated = await signingKey('rsa-2', 'RS256');
    server.keys = [rotated.jwk];
    // Within the cooldown after the first fetch, an unknown kid does not reach the provider.
    expect(await refusal(v, await token(rotated))).toBe('AUTH.TOKEN_INVALID');
    expect(server.jwksFetches).toBe(1);

    const eager = verifier({ cooldownMs: 0 });
    server.keys = [rsa.jwk];
    await eager.verify(await token(rsa));
    server.keys = [rotated.jwk];
    await expect(eager.verify(await token(rotated))).resolves.toMatchObject({ roles: ['qa'] });
    // The old key is gone from the set fetched again: its tokens are refused.
    expect(await refusal(eager, await token(rsa))).toBe('AUTH.TOKEN_INVALID');
  });

  it('goes on verifying with the keys it has while the provider is down, for AUTH_JWKS_STALE_SECONDS', async () => {
    // A cache that is never fresh: every verification asks the provider, as one past its max age does.
    const v = verifier({ cacheMaxAgeMs: 0, cooldownMs: 10_000, staleMaxAgeMs: 60_000 });
    await v.verify(await token(rsa));
    server.down = true;
    const fetchesBefore = server.jwksFetches;
    await expect(v.verify(await token(ec))).resolves.toMatchObject({ id: 'user-1' });
    await expect(v.verify(await token(ed))).resolves.toMatchObject({ id: 'user-1' });
    // A key the cached set lacks may be one added during the outage: unavailable, not invalid.
    const added = await signingKey('rsa-3', 'RS256');
    expect(await refusal(v, await token(added))).toBe('AUTH.KEYS_UNAVAILABLE');
    expect(server.jwksFetches).toBe(fetchesBefore);
    now += 61_000;
    expect(await refusal(v, await token(rsa))).toBe('AUTH.KEYS_UNAVAILABLE');
    server.down = false;
    now += 11_000;
    await expect(v.verify(await token(rsa))).resolves.toMatchObject({ id: 'user-1' });
  });

  it('answers KEYS_UNAVAILABLE when the provider was never reached', async () => {
    server.down = true;
    expect(await refusal(verifier(), await token(rsa))).toBe('AUTH.KEYS_UNAVAILABLE');
  });

  it("discovers the key set from the issuer's openid-configuration, whose issuer must be ours", async () => {
    await expect(verifier({ jwksUrl: undefined }).verify(await token(rsa))).resolves.toMatchObject({ id: 'user-1' });
    server.discoveryIssuer = 'https://impostor.example';
    expect(await refusal(verifier({ jwksUrl: undefined }), await token(rsa))).toBe('AUTH.KEYS_UNAVAILABLE');
  });
});

describe('claim mapping', () => {
  const claims = { sub: 'u-1', tenant: 'acme', preferred_username: 'lilei' };

  it('reads roles from every configured claim, ignores unknown ones, strips the prefix', () => {
    const user = userFromClaims({ ...claims, realm_access: { roles: ['aftersales-qa', 'uma_authorization', 'aftersales-emperor'] }, groups: ['aftersales-auditor', 'qa'] }, MAPPING);
    expect(user).toEqual({ id: 'u-1', roles: ['qa', 'auditor'], tenantId: 'acme', name: 'lilei' });
    expect(userFromClaims({ ...claims, roles: 'qa' }, DEFAULT_CLAIM_MAPPING).roles).toEqual(['qa']);
  });

  it('no known role → 403 AUTH.NO_ROLE; no tenant → 401 AUTH.NO_TENANT; no subject → 401 AUTH.TOKEN_INVALID', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
        return undefined;
      } catch (err) {
        return [(err as TokenError).status, (err as TokenError).code];
      }
    };
    expect(codeOf(() => userFromClaims({ ...claims, roles: ['emperor'] }, DEFAULT_CLAIM_MAPPING))).toEqual([403, 'AUTH.NO_ROLE']);
    expect(codeOf(() => userFromClaims({ sub: 'u', roles: ['qa'] }, DEFAULT_CLAIM_MAPPING))).toEqual([401, 'AUTH.NO_TENANT']);
    expect(codeOf(() => userFromClaims({ tenant: 't', roles: ['qa'] }, DEFAULT_CLAIM_MAPPING))).toEqual([401, 'AUTH.TOKEN_INVALID']);
  });

  it("DI-2 reads an outlet_staff user's outlet from the configured claim (lower-cased); none when absent, not a string, or too long", () => {
    const outletId = '3F2504E0-4F89-41D3-9A0C-0305E82C3301';
    expect(userFromClaims({ ...claims, roles: ['outlet_staff'], outlet: outletId }, DEFAULT_CLAIM_MAPPING)).toMatchObject({ roles: ['outlet_staff'], outletId: outletId.toLowerCase() });
    expect(userFromClaims({ ...claims, roles: ['outlet_staff'], ext: { outlet_id: 'o-7' }, outlet: 'ignored' }, { ...DEFAULT_CLAIM_MAPPING, outletClaim: 'ext.outlet_id' }).outletId).toBe('o-7');
    expect(userFromClaims({ ...claims, roles: ['outlet_staff'] }, DEFAULT_CLAIM_MAPPING)).not.toHaveProperty('outletId');
    expect(userFromClaims({ ...claims, roles: ['outlet_staff'], outlet: ['o-1'] }, DEFAULT_CLAIM_MAPPING)).not.toHaveProperty('outletId');
    expect(userFromClaims({ ...claims, roles: ['outlet_staff'], outlet: 'o'.repeat(201) }, DEFAULT_CLAIM_MAPPING)).not.toHaveProperty('outletId');
  });

  it('takes a fixed tenant over any claim, and reads nested claim paths', () => {
    const mapping = { ...DEFAULT_CLAIM_MAPPING, fixedTenant: 'acme', userClaim: 'ext.employee_no', tenantClaim: 'org.id' };
    expect(userFromClaims({ ext: { employee_no: 'E-7' }, org: { id: 'other' }, roles: ['qa'] }, mapping)).toMatchObject({ id: 'E-7', tenantId: 'acme' });
    expect(userFromClaims({ ext: { employee_no: 'E-7' }, org: { id: 'beta' }, roles: ['qa'] }, { ...mapping, fixedTenant: undefined })).toMatchObject({ tenantId: 'beta' });
  });
});
