import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiError, FieldError } from './api-error';
import { UNKNOWN_FIELD, unsafeInputFieldErrors } from './request-input';
import { VALIDATION_FAILED } from './codes';

/**
 * The constraint a field reports when several fail: presence and type first (`isString`,
 * `isInt`, `isIn`, … by class-validator's naming), bounds after (`maxLength`, `min`, …), so an
 * absent field says it is missing rather than "must be shorter than 64 characters", and
 * `page=abc` says it is not a number once, not also "must not be less than 1".
 */
function constraintRank(rule: string): number {
  if (rule === 'whitelistValidation' || rule === 'isDefined') return 0;
  return /^is[A-Z]/.test(rule) || rule === 'nestedValidation' ? 1 : 2;
}

/** Flattens class-validator's tree into dotted field paths (`items.0.quantity`), one error per field. */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const failed = Object.entries(error.constraints ?? {});
    const first = failed.reduce<[string, string] | undefined>(
      (best, candidate) => (best === undefined || constraintRank(candidate[0]) < constraintRank(best[0]) ? candidate : best),
      undefined,
    );
    const own = first ? [{ field, code: first[0] === 'whitelistValidation' ? UNKNOWN_FIELD : first[0], message: first[1] }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function validationFailed(fieldErrors: readonly FieldError[]): ApiError {
  return ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', fieldErrors);
}

/**
 * Request validation for every endpoint of every context. Before any DTO's rules, one shared rule
 * for all input that reaches a handler (body, query, path parameters): no U+0000 or unpaired
 * surrogate in any string, no prototype keys (see request-input.ts). Then the DTO: unknown fields
 * are refused, not silently dropped (ARCHITECTURE/STYLE: forbid unknown).
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const unsafe = unsafeInputFieldErrors(value, metadata.data ?? '');
      if (unsafe.length > 0) throw validationFailed(unsafe);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe();
}
