import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { apiClient, baseUrlOf } from './testing/client/client';
import { OIDC_AUDIENCE, OidcIssuer, kidOf, startOidcIssuer } from './testing/oidc-issuer';

/**
 * The standalone app trusting a real OpenID Connect provider (oidc-provider, in a child process):
 * its JWT access tokens are verified by the keys it publishes (found by discovery), their
 * Keycloak-like claims mapped to our roles and tenant, and its signing key rotated mid-suite.
 */
describe('OIDC bearer tokens from a real provider (standalone)', () => {
  let provider: OidcIssuer;
  let app: INestApplication;
  let dataDir: string;

  const me = (token: string) => apiClient(baseUrlOf(app), `Bearer ${token}`).GET('/api/v1/me');

  beforeAll(async () => {
    provider = await startOidcIssuer();
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-oidc-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DEADLINE_TICK_MS: '3600000',
      // Keycloak's shape: realm roles under realm_access.roles; the key set found by discovery.
      AUTH_ISSUER: provider.issuer,
      AUTH_AUDIENCE: OIDC_AUDIENCE,
      AUTH_ROLES_CLAIMS: 'realm_access.roles',
      // A rotation is seen at the first token signed by the new key.
      AUTH_JWKS_COOLDOWN_SECONDS: '0',
    }));
    await app.listen(0, '127.0.0.1');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await provider?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("accepts the provider's tokens, mapping sub, realm roles (unknown ones ignored), tenant and name", async () => {
    const { data, response } = await me(await provider.token('qa-desk'));
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: 'qa-desk', roles: ['qa'], tenantId: 'acme', name: 'QA desk' });
    const front = await apiClient(baseUrlOf(app), `Bearer ${await provider.token('front-desk')}`).GET('/api/v1/complaints', { params: { query: {} } });
    expect(front.response.status).toBe(200);
  });

  it('refuses a token for another audience, and answers 403 without a known role and 401 without a tenant', async () => {
    const elsewhere = await me(await provider.token('qa-desk', 'urn:another-api'));
    expect([elsewhere.response.status, elsewhere.error?.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
    const visitor = await me(await provider.token('visitor'));
    expect([visitor.response.status, (visitor.error as { code?: string } | undefined)?.code]).toEqual([403, 'AUTH.NO_ROLE']);
    const orphan = await me(await provider.token('orphan'));
    expect([orphan.response.status, orphan.error?.code]).toEqual([401, 'AUTH.NO_TENANT']);
  });

  it('after a key rotation accepts tokens of the new key and refuses those signed by the removed one', async () => {
    const before = await provider.token('qa-desk');
    expect((await me(before)).response.status).toBe(200);
    const kid = await provider.rotate();
    const after = await provider.token('qa-desk');
    expect(kidOf(after)).toBe(kid);
    expect(kidOf(after)).not.toBe(kidOf(before));
    expect((await me(after)).response.status).toBe(200);
    const removed = await me(before);
    expect([removed.response.status, removed.error?.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
  });
});
