import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';
import { loadConfig } from '../config/config';
import { ClaimMapping } from './claims';
import { ASYMMETRIC_ALGORITHMS, AsymmetricAlgorithm, OidcOptions } from './oidc';

const wholeNumber = (digits: number) =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && new RegExp(`^\\d{1,${digits}}$`).test(value) ? Number(value) : value));
const URL_RULE = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };
const CLAIM_PATH = /^[A-Za-z0-9_:/.-]{1,200}$/;
const CLAIM_PATHS = /^[A-Za-z0-9_:/.-]{1,200}(,[A-Za-z0-9_:/.-]{1,200})*$/;

/**
 * Who may call the API (ADR 015), the same variables for the standalone and every service. Without
 * AUTH_ISSUER, tokens are our own HS256 ones (JWT_SECRET, or the standalone's data-dir secret);
 * with it, tokens of that OIDC issuer, verified by its published keys. The claim mapping applies
 * to both.
 */
export class AuthConfig {
  /** The OIDC issuer (`iss`), e.g. `https://sso.example.com/realms/aftersales`. */
  @IsOptional()
  @IsUrl(URL_RULE, { message: 'AUTH_ISSUER must be an http(s) URL' })
  AUTH_ISSUER?: string;

  /** The audiences a token may name (comma-separated; one must match `aud`). */
  @ValidateIf((c: AuthConfig) => c.AUTH_ISSUER !== undefined)
  @Matches(/^[^\s,]+(,[^\s,]+)*$/, { message: 'AUTH_AUDIENCE must be a comma-separated list of audiences' })
  @IsString({ message: 'AUTH_AUDIENCE is required with AUTH_ISSUER' })
  AUTH_AUDIENCE?: string;

  /** The issuer's JWKS; read from `<AUTH_ISSUER>/.well-known/openid-configuration` when unset. */
  @IsOptional()
  @IsUrl(URL_RULE, { message: 'AUTH_JWKS_URL must be an http(s) URL' })
  AUTH_JWKS_URL?: string;

  @Matches(new RegExp(`^(${ASYMMETRIC_ALGORITHMS.join('|')})(,(${ASYMMETRIC_ALGORITHMS.join('|')}))*$`), {
    message: `AUTH_ALGORITHMS must be a comma-separated list of ${ASYMMETRIC_ALGORITHMS.join(', ')}`,
  })
  AUTH_ALGORITHMS: string = 'RS256,ES256,EdDSA';

  /** How far the issuer's clock may be from ours (exp, nbf, iat). */
  @wholeNumber(3)
  @Min(0)
  @Max(600)
  @IsInt({ message: 'AUTH_CLOCK_SKEW_SECONDS must be a whole number of seconds from 0 to 600' })
  AUTH_CLOCK_SKEW_SECONDS: number = 60;

  /** After a successful key fetch, how long before an unknown `kid` may fetch the keys again. */
  @wholeNumber(4)
  @Min(0)
  @Max(3600)
  @IsInt({ message: 'AUTH_JWKS_COOLDOWN_SECONDS must be a whole number of seconds from 0 to 3600' })
  AUTH_JWKS_COOLDOWN_SECONDS: number = 30;

  /** How long fetched keys are used before they are fetched again: a removed key is refused after this at the latest. */
  @wholeNumber(5)
  @Min(1)
  @Max(86_400)
  @IsInt({ message: 'AUTH_JWKS_MAX_AGE_SECONDS must be a whole number of seconds from 1 to 86400' })
  AUTH_JWKS_MAX_AGE_SECONDS: number = 600;

  /** How long the last fetched keys go on verifying while the provider cannot be reached. */
  @wholeNumber(6)
  @Min(0)
  @Max(604_800)
  @IsInt({ message: 'AUTH_JWKS_STALE_SECONDS must be a whole number of seconds from 0 to 604800' })
  AUTH_JWKS_STALE_SECONDS: number = 3600;

  /** One request to the provider (discovery or keys), in milliseconds. */
  @wholeNumber(5)
  @Min(100)
  @Max(60_000)
  @IsInt({ message: 'AUTH_HTTP_TIMEOUT_MS must be a whole number of milliseconds from 100 to 60000' })
  AUTH_HTTP_TIMEOUT_MS: number = 5000;

  /** Dotted claim paths holding role names, comma-separated: `roles`, `realm_access.roles`, `groups`. */
  @Matches(CLAIM_PATHS, { message: 'AUTH_ROLES_CLAIMS must be a comma-separated list of dotted claim paths' })
  AUTH_ROLES_CLAIMS: string = 'roles';

  /** Only roles starting with it count, taken without it (`aftersales-qa` → `qa`, `/aftersales/qa` → `qa`). */
  @IsOptional()
  @Matches(/^\S{1,100}$/, { message: 'AUTH_ROLE_PREFIX must be 1 to 100 characters without spaces' })
  AUTH_ROLE_PREFIX?: string;

  @Matches(CLAIM_PATH, { message: 'AUTH_TENANT_CLAIM must be a dotted claim path' })
  AUTH_TENANT_CLAIM: string = 'tenant';

  /** One tenant for every caller (a deployment per organisation); the tenant claim is then not read. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'AUTH_TENANT may hold 1 to 100 letters, digits, ".", "_", ":" and "-"' })
  AUTH_TENANT?: string;

  @Matches(CLAIM_PATH, { message: 'AUTH_USER_CLAIM must be a dotted claim path' })
  AUTH_USER_CLAIM: string = 'sub';

  @Matches(CLAIM_PATHS, { message: 'AUTH_NAME_CLAIMS must be a comma-separated list of dotted claim paths' })
  AUTH_NAME_CLAIMS: string = 'name,preferred_username';

  /** DI-2: the dotted claim path of the service outlet an `outlet_staff` user works at. */
  @Matches(CLAIM_PATH, { message: 'AUTH_OUTLET_CLAIM must be a dotted claim path' })
  AUTH_OUTLET_CLAIM: string = 'outlet';
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** How this deployment authenticates callers: our own secret, or an OIDC issuer; and where the claims are read. */
export interface AuthSettings {
  readonly claims: ClaimMapping;
  readonly clockSkewSeconds: number;
  /** Set with AUTH_ISSUER. */
  readonly oidc?: Omit<OidcOptions, 'claims' | 'clockSkewSeconds' | 'maxLifetimeSeconds'>;
}

/** Reads and checks the AUTH_* variables (a bad one stops start-up with a ConfigError naming it). */
export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const config = loadConfig(AuthConfig, env);
  const claims: ClaimMapping = {
    rolesClaims: list(config.AUTH_ROLES_CLAIMS),
    rolePrefix: config.AUTH_ROLE_PREFIX ?? '',
    tenantClaim: config.AUTH_TENANT_CLAIM,
    fixedTenant: config.AUTH_TENANT,
    userClaim: config.AUTH_USER_CLAIM,
    nameClaims: list(config.AUTH_NAME_CLAIMS),
    outletClaim: config.AUTH_OUTLET_CLAIM,
  };
  if (config.AUTH_ISSUER === undefined) return { claims, clockSkewSeconds: config.AUTH_CLOCK_SKEW_SECONDS };
  return {
    claims,
    clockSkewSeconds: config.AUTH_CLOCK_SKEW_SECONDS,
    oidc: {
      issuer: config.AUTH_ISSUER,
      audience: list(config.AUTH_AUDIENCE ?? ''),
      jwksUrl: config.AUTH_JWKS_URL,
      algorithms: list(config.AUTH_ALGORITHMS) as AsymmetricAlgorithm[],
      cooldownMs: config.AUTH_JWKS_COOLDOWN_SECONDS * 1000,
      cacheMaxAgeMs: config.AUTH_JWKS_MAX_AGE_SECONDS * 1000,
      staleMaxAgeMs: config.AUTH_JWKS_STALE_SECONDS * 1000,
      timeoutMs: config.AUTH_HTTP_TIMEOUT_MS,
    },
  };
}
