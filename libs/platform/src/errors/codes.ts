/**
 * The platform's error codes, each defined once: what any endpoint of any context can answer with,
 * whatever its own codes (docs/errors.md is generated from this file and the other errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). An HTTP status leads
 * a code's line where it is always answered with that one.
 */
export const REQUEST = {
  /** 400: a field, query parameter or path parameter is not valid; `fieldErrors` names each with its field code. */
  VALIDATION_FAILED: 'REQUEST.VALIDATION_FAILED',
  /** 400: the body is not JSON. */
  MALFORMED_JSON: 'REQUEST.MALFORMED_JSON',
  /** 400: the JSON body nests deeper than any request needs (MAX_JSON_DEPTH). */
  TOO_DEEP: 'REQUEST.TOO_DEEP',
  /** 400: the request cannot be read (a bad charset or encoding, a malformed request line). */
  BAD: 'REQUEST.BAD',
  /** 400: a path segment that cannot be percent-decoded. */
  BAD_URL: 'REQUEST.BAD_URL',
  /** 413: the body is larger than the limit (MAX_JSON_BODY). */
  TOO_LARGE: 'REQUEST.TOO_LARGE',
  /** 415: the body is not `application/json` (or a `+json` type). */
  UNSUPPORTED_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  /** 431: more header bytes than Node's parser takes. */
  HEADERS_TOO_LARGE: 'REQUEST.HEADERS_TOO_LARGE',
  /** 408: the request did not arrive in time. */
  TIMEOUT: 'REQUEST.TIMEOUT',
} as const;

export const AUTH = {
  /** 401: no `Authorization: Bearer <token>` header. */
  TOKEN_MISSING: 'AUTH.TOKEN_MISSING',
  /** 401: the token's signature, issuer, audience, subject or times are not valid. */
  TOKEN_INVALID: 'AUTH.TOKEN_INVALID',
  /** 401: the token names no tenant (AUTH_TENANT_CLAIM), and the deployment fixes none (AUTH_TENANT). */
  NO_TENANT: 'AUTH.NO_TENANT',
  /** 403: the token carries none of our roles (unknown roles are ignored; AUTH_ROLES_CLAIMS, AUTH_ROLE_PREFIX). */
  NO_ROLE: 'AUTH.NO_ROLE',
  /** 503: the identity provider's keys cannot be fetched and none cached verifies the token; retry. */
  KEYS_UNAVAILABLE: 'AUTH.KEYS_UNAVAILABLE',
  /** 401: the token has expired. */
  TOKEN_EXPIRED: 'AUTH.TOKEN_EXPIRED',
  /** 401: the token lives longer than JWT_MAX_LIFETIME_SECONDS. */
  TOKEN_LIFETIME_TOO_LONG: 'AUTH.TOKEN_LIFETIME_TOO_LONG',
  /** 401: an unauthenticated request refused by Nest itself (not by our guard). */
  UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  /** 403: the caller's roles do not allow this (the endpoint's roles, or a rule of the context). */
  FORBIDDEN: 'AUTH.FORBIDDEN',
} as const;

export const HTTP = {
  /** 404: no route for this path. */
  NOT_FOUND: 'HTTP.NOT_FOUND',
  /** 405: the path exists, the method does not. */
  METHOD_NOT_ALLOWED: 'HTTP.METHOD_NOT_ALLOWED',
} as const;

/** Any other 4xx Nest raises itself: `HTTP.<status>` (e.g. `HTTP.406`). */
export function httpStatusCode(status: number): string {
  return `HTTP.${status}`;
}

export const IDEMPOTENCY = {
  /** 400: the Idempotency-Key header is not 1 to 255 visible ASCII characters. */
  KEY_INVALID: 'IDEMPOTENCY.KEY_INVALID',
  /** 409: a request with this Idempotency-Key is still being processed. */
  IN_PROGRESS: 'IDEMPOTENCY.IN_PROGRESS',
  /** 422: this Idempotency-Key was used for a different request. */
  KEY_REUSED: 'IDEMPOTENCY.KEY_REUSED',
} as const;

export const PLATFORM = {
  /** 404: no write probe with this id for the caller's tenant. */
  PROBE_NOT_FOUND: 'PLATFORM.PROBE_NOT_FOUND',
  /** 404: no projection of that name. */
  PROJECTION_NOT_FOUND: 'PLATFORM.PROJECTION_NOT_FOUND',
  /** 404: no region or holiday source of that id has a calendar (`/calendars/{region}`). */
  CALENDAR_NOT_FOUND: 'PLATFORM.CALENDAR_NOT_FOUND',
  /** 404: nothing was published at run time for that region or source and year. */
  CALENDAR_YEAR_NOT_PUBLISHED: 'PLATFORM.CALENDAR_YEAR_NOT_PUBLISHED',
} as const;

export const CONTRACT = {
  /** An integration event whose data breaks its contract: a consumer dead-letters it at its first delivery, a relay holds on it. */
  SCHEMA_VIOLATION: 'CONTRACT.SCHEMA_VIOLATION',
  /** An integration event at a version this side cannot read (newer than its contracts, or older with no upcaster); dead-lettered. */
  UNKNOWN_VERSION: 'CONTRACT.UNKNOWN_VERSION',
  /** A producer publishing a type that no contract of libs/contracts names. */
  UNKNOWN_TYPE: 'CONTRACT.UNKNOWN_TYPE',
} as const;

export const CONFIG = {
  /** The environment is wrong; start-up stops naming every bad variable. */
  INVALID: 'CONFIG.INVALID',
} as const;

/**
 * The field codes of the platform's own checks: a `fieldErrors[].code` of a 400
 * REQUEST.VALIDATION_FAILED, beside class-validator's rule names (`isString`, `maxLength`, `matches`, ...).
 */
export const FIELD = {
  /** A field no DTO declares, or a prototype key (`__proto__`, `constructor`, `prototype`). */
  UNKNOWN_FIELD: 'unknown_field',
  /** Text with U+0000 or an unpaired surrogate, in a value or a key. */
  UNSAFE_TEXT: 'unsafe_text',
  /** A date of the form YYYY-MM-DD that is not a day of the calendar (2026-02-30, 2026-13-45). */
  INVALID_DATE: 'invalid_date',
  /** page × pageSize reaches beyond the deepest page a list serves. */
  PAGE_TOO_DEEP: 'page_too_deep',
  /** The Idempotency-Key header is not 1 to 255 visible ASCII characters. */
  FORMAT: 'format',
  /** A day of a published calendar year outside that year, listed twice, or both a holiday and a working day. */
  CALENDAR_DAY: 'calendar_day',
} as const;

/** 500: anything unexpected; the body carries the correlation id and nothing internal. */
export const INTERNAL = 'INTERNAL';

/** The code of every 400 naming its fields (kept under its older name: contexts import it). */
export const VALIDATION_FAILED = REQUEST.VALIDATION_FAILED;
