import { ConfigError } from '../config/config';
import { loadAuthSettings } from './auth.config';

const problems = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    loadAuthSettings(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('AUTH_* settings', () => {
  it('keeps our own tokens (no issuer) and their claims by default', () => {
    expect(loadAuthSettings({})).toEqual({
      clockSkewSeconds: 60,
      claims: { rolesClaims: ['roles'], rolePrefix: '', tenantClaim: 'tenant', fixedTenant: undefined, userClaim: 'sub', nameClaims: ['name', 'preferred_username'], outletClaim: 'outlet' },
    });
  });

  it('reads an OIDC issuer with its audiences, algorithms, key timings and claim mapping', () => {
    const settings = loadAuthSettings({
      AUTH_ISSUER: 'http://sso.internal:8080/realms/acme',
      AUTH_AUDIENCE: 'aftersales,account',
      AUTH_ALGORITHMS: 'ES256,EdDSA',
      AUTH_JWKS_COOLDOWN_SECONDS: '5',
      AUTH_ROLES_CLAIMS: 'realm_access.roles,groups',
      AUTH_ROLE_PREFIX: 'aftersales-',
      AUTH_TENANT: 'acme',
      AUTH_OUTLET_CLAIM: 'ext.outlet_id',
    });
    expect(settings.oidc).toMatchObject({ issuer: 'http://sso.internal:8080/realms/acme', audience: ['aftersales', 'account'], algorithms: ['ES256', 'EdDSA'], cooldownMs: 5000, jwksUrl: undefined });
    expect(settings.claims).toMatchObject({ rolesClaims: ['realm_access.roles', 'groups'], rolePrefix: 'aftersales-', fixedTenant: 'acme', outletClaim: 'ext.outlet_id' });
  });

  it('refuses an issuer without audience, a symmetric algorithm, and a bad skew, naming each variable', () => {
    expect(problems({ AUTH_ISSUER: 'https://sso.example.com' })).toEqual([expect.stringMatching(/^AUTH_AUDIENCE: AUTH_AUDIENCE is required with AUTH_ISSUER/)]);
    expect(problems({ AUTH_ALGORITHMS: 'RS256,HS256' })).toEqual([expect.stringMatching(/^AUTH_ALGORITHMS: /)]);
    expect(problems({ AUTH_CLOCK_SKEW_SECONDS: '-1' })).toEqual([expect.stringMatching(/^AUTH_CLOCK_SKEW_SECONDS: /)]);
    expect(problems({ AUTH_OUTLET_CLAIM: 'outlet id' })).toEqual([expect.stringMatching(/^AUTH_OUTLET_CLAIM: /)]);
    expect(problems({ AUTH_ISSUER: 'sso.example.com', AUTH_AUDIENCE: 'x' })).toEqual([expect.stringMatching(/^AUTH_ISSUER: /)]);
  });
});
