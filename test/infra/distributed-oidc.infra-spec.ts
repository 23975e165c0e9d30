import { OIDC_AUDIENCE, OidcIssuer, kidOf, startOidcIssuer } from '../../services/standalone/src/testing/oidc-issuer';
import { Deployment, describeWithDistributedInfra, freshDeployment } from './support/distributed-env';
import { intakeClient } from './support/intake-client';
import { RunningService, buildOnce, eventually, killHard, startReadyService } from './support/service-process';

/**
 * Distributed (issue 18): the intake and qa service processes, without any shared secret, trusting
 * a real OpenID Connect provider (oidc-provider in a child process): each accepts its tokens, a
 * complaint registered with one reaches QA over Kafka and is read there with another, and after
 * the provider rotates its signing key both accept tokens of the new key and refuse the old one's.
 */
const suffix = Date.now().toString(36);
// Only for its complaint fixture: no token of this suite is signed with a secret.
const { complaint } = intakeClient('unused-'.padEnd(40, 'x'), suffix);

describeWithDistributedInfra('distributed services trusting an OIDC provider', () => {
  let provider: OidcIssuer;
  let deployment: Deployment;
  const running: RunningService[] = [];
  let intake: RunningService;
  let qa: RunningService;

  beforeAll(async () => {
    buildOnce();
    provider = await startOidcIssuer();
    deployment = freshDeployment('unused-'.padEnd(40, 'x'), 'oidc', { readModels: 'postgres' });
    const env = {
      ...deployment.env,
      // Empty is unset (loadConfig): no secret at all, whatever the parent's environment holds.
      JWT_SECRET: '',
      AUTH_ISSUER: provider.issuer,
      AUTH_AUDIENCE: OIDC_AUDIENCE,
      AUTH_ROLES_CLAIMS: 'realm_access.roles',
      AUTH_JWKS_COOLDOWN_SECONDS: '0',
    };
    [intake, qa] = await Promise.all([startReadyService('intake', env, running), startReadyService('qa', env, running)]);
  }, 240_000);

  afterAll(async () => {
    for (const service of running.splice(0)) await killHard(service);
    await provider?.stop();
    await deployment?.teardown();
  }, 120_000);

  const call = (service: RunningService, path: string, token: string, body?: unknown) =>
    fetch(`${service.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });

  it("accepts the provider's tokens in each service: a complaint registered at intake is read at QA", async () => {
    const registered = await call(intake, '/api/v1/complaints', await provider.token('front-desk'), complaint(1));
    expect(registered.status).toBe(201);
    const { complaintId } = (await registered.json()) as { complaintId: string };
    const qaToken = await provider.token('qa-desk');
    await eventually(async () => {
      const cases = await call(qa, `/api/v1/qa/cases?complaintId=${complaintId}`, qaToken);
      return cases.status === 200 && ((await cases.json()) as { items: unknown[] }).items.length === 1;
    }, `the QA case of complaint ${complaintId}`);
    const me = await call(qa, '/api/v1/me', qaToken);
    expect(await me.json()).toEqual({ id: 'qa-desk', roles: ['qa'], tenantId: 'acme', name: 'QA desk' });
  });

  it('refuses a token for another audience in every service', async () => {
    const elsewhere = await provider.token('qa-desk', 'urn:another-api');
    for (const service of [intake, qa]) {
      const answer = await call(service, '/api/v1/me', elsewhere);
      expect([service.name, answer.status, ((await answer.json()) as { code: string }).code]).toEqual([service.name, 401, 'AUTH.TOKEN_INVALID']);
    }
  });

  it('after a key rotation every service accepts tokens of the new key and refuses those of the removed one', async () => {
    const before = await provider.token('qa-desk');
    for (const service of [intake, qa]) expect((await call(service, '/api/v1/me', before)).status).toBe(200);
    const kid = await provider.rotate();
    const after = await provider.token('qa-desk');
    expect(kidOf(after)).toBe(kid);
    for (const service of [intake, qa]) {
      expect([service.name, (await call(service, '/api/v1/me', after)).status]).toEqual([service.name, 200]);
      const removed = await call(service, '/api/v1/me', before);
      expect([service.name, removed.status, ((await removed.json()) as { code: string }).code]).toEqual([service.name, 401, 'AUTH.TOKEN_INVALID']);
    }
  });
});
