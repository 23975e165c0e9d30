// A real OpenID Connect provider for the e2e tests (the certified `oidc-provider` package), run as
// a child process (it is ECMAScript-only; jest loads CommonJS). It issues JWT access tokens by the
// client credentials grant, with Keycloak-like custom claims (realm_access.roles, tenant), for the
// resource (audience) a client asks for. The parent talks to it over IPC:
//   → { ready: { issuer } }                   once listening
//   ← { rotate: true } → { rotated: { kid } }  replaces the signing key: the old one leaves the JWKS
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

/** Each test client: its secret, and the claims its tokens carry. */
const CLIENTS = {
  'qa-desk': { roles: ['qa', 'offline_access'], tenant: 'acme', name: 'QA desk' },
  'front-desk': { roles: ['customer_service', 'uma_authorization'], tenant: 'acme' },
  'visitor': { roles: ['offline_access', 'emperor'], tenant: 'acme' },
  'orphan': { roles: ['qa'] },
};
const SECRET = 'issuer-test-secret-0123456789abcdef';
/** The resource servers this issuer knows; a token's `aud` is the one asked for. */
const RESOURCES = ['urn:aftersales', 'urn:another-api'];

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

function provider(issuer, key) {
  return new Provider(issuer, {
    clients: Object.keys(CLIENTS).map((id) => ({
      client_id: id,
      client_secret: SECRET,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
    })),
    jwks: { keys: [key] },
    ttl: { ClientCredentials: 300 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCES[0],
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (!RESOURCES.includes(resource)) throw new Provider.errors.InvalidTarget();
          return { scope: 'api', audience: resource, accessTokenTTL: 300, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    extraTokenClaims: (_ctx, token) => {
      const client = CLIENTS[token.clientId];
      if (!client) return undefined;
      return { realm_access: { roles: client.roles }, ...(client.tenant ? { tenant: client.tenant } : {}), ...(client.name ? { name: client.name } : {}) };
    },
  });
}

let handler = null;
const server = createServer((req, res) => handler(req, res));
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  handler = provider(issuer, signingKey()).callback();
  process.send({ ready: { issuer } });
  process.on('message', (message) => {
    if (!message?.rotate) return;
    const key = signingKey();
    handler = provider(issuer, key).callback();
    process.send({ rotated: { kid: key.kid } });
  });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
