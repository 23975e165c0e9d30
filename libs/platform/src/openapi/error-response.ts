import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { EVENTSTORE } from '@aftersales/eventsourcing';
import { IDEMPOTENCY, REQUEST } from '../errors/codes';

/** A stable error code: `CONTEXT.WHAT` in upper snake case (README "API conventions"). */
export const ERROR_CODE_PATTERN = '^[A-Z_]+\\.[A-Z_]+$';

export class FieldErrorResponse {
  @ApiProperty({ description: 'The offending field as a dotted path (`product.serialNumber`), or a header name', maxLength: 200, example: 'product.serialNumber' })
  field!: string;

  @ApiProperty({ description: 'The rule it broke (`maxLength`, `isIn`, `unknown_field`, ...)', maxLength: 100, example: 'maxLength' })
  code!: string;

  @ApiProperty({ maxLength: 1000, example: 'serialNumber must be shorter than or equal to 100 characters' })
  message!: string;
}

/** The one error body every operation answers with (ErrorBody in errors/api-error.ts). */
export class ErrorResponse {
  @ApiProperty({ description: 'Stable machine-readable code; each operation lists the ones it can answer with', pattern: ERROR_CODE_PATTERN, maxLength: 100, example: REQUEST.VALIDATION_FAILED })
  code!: string;

  @ApiProperty({ description: 'For people; not stable', maxLength: 2000, example: 'the request is not valid; see fieldErrors' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse], maxItems: 1000, description: 'One entry per offending field (400 REQUEST.VALIDATION_FAILED)' })
  fieldErrors?: FieldErrorResponse[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Facts of a refusal, e.g. `status` and `command` of a 409' })
  details?: Record<string, unknown>;

  @ApiProperty({ description: 'The request\'s correlation id (also the `X-Correlation-Id` header)', maxLength: 128, example: '0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10' })
  correlationId!: string;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 503;

/** The codes an operation can answer with, by status. */
export type ErrorCodes = Partial<Record<ErrorStatus, readonly string[]>>;

const SUMMARY: Record<ErrorStatus, string> = {
  400: 'The request is not valid; nothing recorded',
  401: 'No valid bearer token',
  403: 'The caller may not do this',
  404: 'Not found (also what another tenant\'s resource answers)',
  409: 'The current state does not allow it (details.status, details.command), or a concurrent change',
  413: 'The body is larger than the limit',
  415: 'The body is not JSON',
  422: 'A rule refused the content; nothing recorded',
  503: 'Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry',
};

/** Refusals of any request's body, made while reading it (before validation) or by validation. */
export const BODY_ERRORS: ErrorCodes = {
  400: [REQUEST.VALIDATION_FAILED, REQUEST.MALFORMED_JSON, REQUEST.TOO_DEEP, REQUEST.BAD],
  413: [REQUEST.TOO_LARGE],
  415: [REQUEST.UNSUPPORTED_MEDIA_TYPE],
};

/** A query string or path parameter that is not valid. */
export const PARAMETER_ERRORS: ErrorCodes = { 400: [REQUEST.VALIDATION_FAILED, REQUEST.BAD_URL] };

/** What the idempotency interceptor answers on any POST carrying an Idempotency-Key. */
export const IDEMPOTENCY_ERRORS: ErrorCodes = {
  400: [IDEMPOTENCY.KEY_INVALID],
  409: [IDEMPOTENCY.IN_PROGRESS],
  422: [IDEMPOTENCY.KEY_REUSED],
};

/** A write that lost the optimistic-concurrency race to another (ARCHITECTURE.md "Events"). */
export const CONCURRENCY_ERRORS: ErrorCodes = { 409: [EVENTSTORE.WRONG_EXPECTED_REVISION] };

/** The codes of several sources, merged by status (each code once, in order). */
export function mergeErrorCodes(...sources: readonly ErrorCodes[]): ErrorCodes {
  const merged: Partial<Record<ErrorStatus, string[]>> = {};
  for (const source of sources) {
    for (const [status, codes] of Object.entries(source) as [string, readonly string[]][]) {
      const key = Number(status) as ErrorStatus;
      merged[key] = [...new Set([...(merged[key] ?? []), ...codes])];
    }
  }
  return merged;
}

/** One error response in the document: the shared schema, its `code` narrowed to the listed ones. */
export function errorResponse(status: ErrorStatus, codes: readonly string[], description = SUMMARY[status]): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description: `${description}. Codes: ${codes.map((c) => `\`${c}\``).join(', ')}`,
    schema: { allOf: [{ $ref: getSchemaPath(ErrorResponse) }, { type: 'object', properties: { code: { type: 'string', enum: [...codes] } } }] },
  });
}

/**
 * The error responses an operation can give, by status, with the codes of each (401 and 403 come
 * from @Roles). Declared per operation, not per controller, so the document lists what happens.
 */
export function ApiErrors(...sources: readonly ErrorCodes[]): MethodDecorator {
  const merged = mergeErrorCodes(...sources);
  return applyDecorators(
    ApiExtraModels(ErrorResponse, FieldErrorResponse),
    ...(Object.entries(merged) as [string, string[]][]).map(([status, codes]) => errorResponse(Number(status) as ErrorStatus, codes)),
  );
}
