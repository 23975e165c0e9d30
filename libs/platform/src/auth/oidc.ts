import { CompactJWSHeaderParameters, ExportedJWKSCache, JSONWebKeySet, JWKSCacheInput, JWTVerifyGetKey, FlattenedJWSInput, createLocalJWKSet, createRemoteJWKSet, errors, jwksCache, jwtVerify } from 'jose';
import { AUTH } from '../errors/codes';
import { ClaimMapping, TokenError, TokenVerifier, userFromClaims } from './claims';
import { checkLifetime } from './jwt';
import { AuthUser } from './roles';

/** Signature algorithms an identity provider may use; never HS* (a shared secret) nor `none`. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** Verification by an OIDC issuer's published keys (AUTH_* variables, ADR 018). */
export interface OidcOptions {
  /** The `iss` every token must carry; discovery reads `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  /** The `aud` a token must name (one of them). */
  readonly audience: readonly string[];
  /** The issuer's JWKS; discovered from the issuer when unset. */
  readonly jwksUrl?: string;
  readonly algorithms: readonly AsymmetricAlgorithm[];
  readonly clockSkewSeconds: number;
  /** After a successful fetch, how long before a token with an unknown `kid` may fetch the keys again. */
  readonly cooldownMs: number;
  /** How long fetched keys are used before they are fetched again (a removed key is refused after this at the latest). */
  readonly cacheMaxAgeMs: number;
  /** How long the last fetched keys go on verifying while the provider cannot be reached. */
  readonly staleMaxAgeMs: number;
  /** One request to the provider (discovery or keys). */
  readonly timeoutMs: number;
  readonly maxLifetimeSeconds: number;
  readonly claims: ClaimMapping;
}

/** The key-selection failures that are answers about the token, not about the provider. */
const KEY_DECISIONS = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS', 'ERR_JOSE_NOT_SUPPORTED', 'ERR_JWS_INVALID', 'ERR_JOSE_ALG_NOT_ALLOWED']);

class ProviderUnavailable extends Error {}

/**
 * The issuer's key set: jose's remote JWKS (cached for cacheMaxAgeMs; a token with an unknown `kid`
 * refetches it, at most once per cooldownMs after a successful fetch) and, when the provider cannot
 * be reached, the last keys fetched, for up to staleMaxAgeMs after that fetch (jose alone fails
 * every verification once its cache is older than cacheMaxAge and the refetch fails). After a
 * failed fetch, requests use the stale keys without asking the provider again for cooldownMs, so an
 * outage costs one timeout per cooldown, not one per request.
 */
export class IssuerKeys {
  private remote: ReturnType<typeof createRemoteJWKSet> | null = null;
  private resolving: Promise<ReturnType<typeof createRemoteJWKSet>> | null = null;
  /** jose records each successful fetch here (its `jwksCache` option): the keys and when they came. */
  private readonly fetched: Partial<ExportedJWKSCache> = {};
  private stale: { readonly jwks: JSONWebKeySet; readonly keys: JWTVerifyGetKey } | null = null;
  private failedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly options: Pick<OidcOptions, 'issuer' | 'jwksUrl' | 'cooldownMs' | 'cacheMaxAgeMs' | 'staleMaxAgeMs' | 'timeoutMs'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** A jose key resolver (`jwtVerify(token, keys.getKey)`). */
  readonly getKey = async (header: CompactJWSHeaderParameters, token: FlattenedJWSInput) => {
    const stale = this.usableStale();
    if (stale && this.now() - this.failedAt < this.options.cooldownMs) return this.fromStale(stale, header, token);
    try {
      return await (await this.remoteSet())(header, token);
    } catch (err) {
      if (isKeyDecision(err)) throw err;
      this.failedAt = this.now();
      const fallback = this.usableStale();
      if (fallback) return this.fromStale(fallback, header, token);
      throw new ProviderUnavailable(`the identity provider's keys cannot be fetched: ${(err as Error).message}`);
    }
  };

  /** The last keys fetched, if fetched at most staleMaxAgeMs ago. */
  private usableStale(): JWTVerifyGetKey | null {
    const { jwks, uat } = this.fetched;
    if (!jwks || uat === undefined || this.now() - uat > this.options.staleMaxAgeMs) return null;
    if (this.stale?.jwks !== jwks) this.stale = { jwks, keys: createLocalJWKSet(jwks) };
    return this.stale.keys;
  }

  private async fromStale(keys: JWTVerifyGetKey, header: CompactJWSHeaderParameters, token: FlattenedJWSInput) {
    try {
      return await keys(header, token);
    } catch (err) {
      // A kid the stale set lacks may be a key the provider added during its outage: not the token's fault.
      if (err instanceof errors.JWKSNoMatchingKey) throw new ProviderUnavailable('the identity provider cannot be reached and no cached key matches the token');
      throw err;
    }
  }

  private remoteSet(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (this.remote) return Promise.resolve(this.remote);
    this.resolving ??= this.jwksUrl().then(
      (url) => {
        this.remote = createRemoteJWKSet(new URL(url), {
          cooldownDuration: this.options.cooldownMs,
          cacheMaxAge: this.options.cacheMaxAgeMs,
          timeoutDuration: this.options.timeoutMs,
          [jwksCache]: this.fetched as JWKSCacheInput,
        });
        return this.remote;
      },
      (err: unknown) => {
        this.resolving = null;
        throw err;
      },
    );
    return this.resolving;
  }

  /** AUTH_JWKS_URL, or the `jwks_uri` of the issuer's discovery document (whose `issuer` must be ours). */
  private async jwksUrl(): Promise<string> {
    if (this.options.jwksUrl) return this.options.jwksUrl;
    const url = `${this.options.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs), redirect: 'manual', headers: { accept: 'application/json' } });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (document.issuer !== this.options.issuer) throw new Error(`${url} names the issuer ${String(document.issuer)}, not ${this.options.issuer}`);
    if (typeof document.jwks_uri !== 'string') throw new Error(`${url} names no jwks_uri`);
    return document.jwks_uri;
  }
}

function isKeyDecision(err: unknown): boolean {
  return err instanceof errors.JOSEError && KEY_DECISIONS.has(err.code) && !(err instanceof errors.JWKSTimeout);
}

/** Bearer tokens of an OIDC issuer: signature by its JWKS, issuer, audience, times, then the claim mapping. */
export class OidcTokenVerifier implements TokenVerifier {
  private readonly keys: IssuerKeys;

  constructor(
    private readonly options: OidcOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.keys = new IssuerKeys(options, now);
  }

  async verify(token: string): Promise<AuthUser> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys.getKey, {
        issuer: this.options.issuer,
        audience: [...this.options.audience],
        algorithms: [...this.options.algorithms],
        clockTolerance: this.options.clockSkewSeconds,
        currentDate: new Date(this.now()),
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      if (err instanceof ProviderUnavailable) throw new TokenError(AUTH.KEYS_UNAVAILABLE, err.message);
      if (err instanceof errors.JWTExpired) throw new TokenError(AUTH.TOKEN_EXPIRED, 'the bearer token has expired');
      throw new TokenError(AUTH.TOKEN_INVALID, 'the bearer token is not valid');
    }
    checkLifetime(payload['exp'] as number, payload['iat'], Math.floor(this.now() / 1000), this.options.maxLifetimeSeconds, this.options.clockSkewSeconds);
    return userFromClaims(payload, this.options.claims);
  }
}
