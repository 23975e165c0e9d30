import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiError, FieldError } from './api-error';

export const VALIDATION_FAILED = 'REQUEST.VALIDATION_FAILED';

/** Flattens class-validator's tree into dotted field paths (`items.0.quantity`). */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      code: rule === 'whitelistValidation' ? 'unknown_field' : rule,
      message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Request validation: unknown fields are refused, not silently dropped (ARCHITECTURE/STYLE: forbid unknown). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', toFieldErrors(errors)),
  });
}
