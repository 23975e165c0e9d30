import { INestApplication } from '@nestjs/common';
import { ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { apiClient, baseUrlOf } from './testing/client/client';

/**
 * The standalone app trusting a real OpenID Connect provider (oidc-provider, in a child process):
 * its JWT access tokens are verified by the keys it publishes (found by discovery), their
 * Keycloak-like claims mapped to our roles and tenant, and its signing key rotated mid-suite.
 */
const AUDIENCE = 'urn:aftersales';
const CLIENT_SECRET = 'issuer-test-secret-0123456789abcdef';

interface IssuerMessage {
  readonly ready?: { readonly issuer: string };
  readonly rotated?: { readonly kid: string };
}

function nextMessage(child: ChildProcess, key: keyof IssuerMessage, stderr: () => string): Promise<IssuerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: IssuerMessage) => {
      if (message[key] === undefined) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`the OIDC issuer exited (${code}): ${stderr()}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

describe('OIDC bearer tokens from a real provider (standalone)', () => {
  let issuer: string;
  let child: ChildProcess;
  let app: INestApplication;
  let dataDir: string;
  let stderr = '';

  /** An access token by the client credentials grant, for `resource` (its `aud`). */
  async function tokenOf(client: string, resource = AUDIENCE): Promise<string> {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${client}:${CLIENT_SECRET}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope: 'api' }),
    });
    const body = (await response.json()) as { access_token?: string };
    if (response.status !== 200 || !body.access_token) throw new Error(`token for ${client}: ${response.status} ${JSON.stringify(body)}`);
    return body.access_token;
  }

  const me = (token: string) => apiClient(baseUrlOf(app), `Bearer ${token}`).GET('/api/v1/me');
  const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as { kid: string }).kid;

  beforeAll(async () => {
    child = fork(join(__dirname, 'testing', 'oidc-issuer.mjs'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    ({ ready: { issuer } = { issuer: '' } } = await nextMessage(child, 'ready', () => stderr));
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-oidc-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DEADLINE_TICK_MS: '3600000',
      // Keycloak's shape: realm roles under realm_access.roles; the key set found by discovery.
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_ROLES_CLAIMS: 'realm_access.roles',
      // A rotation is seen at the first token signed by the new key.
      AUTH_JWKS_COOLDOWN_SECONDS: '0',
    }));
    await app.listen(0, '127.0.0.1');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (child?.connected) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("accepts the provider's tokens, mapping sub, realm roles (unknown ones ignored), tenant and name", async () => {
    const { data, response } = await me(await tokenOf('qa-desk'));
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: 'qa-desk', roles: ['qa'], tenantId: 'acme', name: 'QA desk' });
    const front = await apiClient(baseUrlOf(app), `Bearer ${await tokenOf('front-desk')}`).GET('/api/v1/complaints', { params: { query: {} } });
    expect(front.response.status).toBe(200);
  });

  it('refuses a token for another audience, and answers 403 without a known role and 401 without a tenant', async () => {
    const elsewhere = await me(await tokenOf('qa-desk', 'urn:another-api'));
    expect([elsewhere.response.status, elsewhere.error?.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
    const visitor = await me(await tokenOf('visitor'));
    expect([visitor.response.status, (visitor.error as { code?: string } | undefined)?.code]).toEqual([403, 'AUTH.NO_ROLE']);
    const orphan = await me(await tokenOf('orphan'));
    expect([orphan.response.status, orphan.error?.code]).toEqual([401, 'AUTH.NO_TENANT']);
  });

  it('after a key rotation accepts tokens of the new key and refuses those signed by the removed one', async () => {
    const before = await tokenOf('qa-desk');
    expect((await me(before)).response.status).toBe(200);
    child.send({ rotate: true });
    const { rotated } = await nextMessage(child, 'rotated', () => stderr);
    const after = await tokenOf('qa-desk');
    expect(kidOf(after)).toBe(rotated?.kid);
    expect(kidOf(after)).not.toBe(kidOf(before));
    expect((await me(after)).response.status).toBe(200);
    const removed = await me(before);
    expect([removed.response.status, removed.error?.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
  });
});
