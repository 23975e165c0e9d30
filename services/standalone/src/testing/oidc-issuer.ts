import { fork } from 'node:child_process';
import { join } from 'node:path';

/** The audience the in-test issuer's tokens name unless another resource is asked for. */
export const OIDC_AUDIENCE = 'urn:aftersales';
const CLIENT_SECRET = 'issuer-test-secret-0123456789abcdef';

/** The clients of oidc-issuer-process.mjs: their realm roles and tenant. */
export type OidcClient = 'qa-desk' | 'front-desk' | 'visitor' | 'orphan';

export interface OidcIssuer {
  /** Its URL, as its tokens name it in `iss`. */
  readonly issuer: string;
  /** An access token by the client credentials grant, for `resource` (its `aud`). */
  token(client: OidcClient, resource?: string): Promise<string>;
  /** Replaces the signing key (the old one leaves the JWKS); resolves with the new key's kid. */
  rotate(): Promise<string>;
  stop(): Promise<void>;
}

/** The `kid` a token's header names. */
export function kidOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as { kid: string }).kid;
}

/** Starts a real OpenID Connect provider (oidc-provider, oidc-issuer-process.mjs) in a child process. */
export async function startOidcIssuer(): Promise<OidcIssuer> {
  const child = fork(join(__dirname, 'oidc-issuer-process.mjs'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const next = <K extends 'ready' | 'rotated'>(key: K) =>
    new Promise<Record<K, Record<string, string>>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the OIDC issuer exited (${code}): ${stderr}`));
      const onMessage = (message: Record<string, Record<string, string>>) => {
        if (message[key] === undefined) return;
        child.off('exit', onExit);
        child.off('message', onMessage);
        resolve(message as Record<K, Record<string, string>>);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const { ready } = await next('ready');
  const issuer = ready['issuer'];
  return {
    issuer,
    async token(client, resource = OIDC_AUDIENCE) {
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
    },
    async rotate() {
      const rotated = next('rotated');
      child.send({ rotate: true });
      return (await rotated).rotated['kid'];
    },
    async stop() {
      if (!child.connected) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}
