import { PipeTransform } from '@nestjs/common';
import { ApiError, LIMITS, VALIDATION_FAILED } from '@aftersales/platform';

const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]*$/;

/** A path parameter that is an external id (a user id, e.g. a technician's): a bad one is a 400 naming the parameter. */
export function externalIdParam(name: string): PipeTransform<unknown, string> {
  return {
    transform(value: unknown): string {
      if (typeof value !== 'string' || value.length > LIMITS.id || !EXTERNAL_ID.test(value)) {
        throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
          { field: name, code: 'isExternalId', message: `${name} must be 1-${LIMITS.id} letters, digits or . _ : @ -, starting with a letter or digit` },
        ]);
      }
      return value;
    },
  };
}
