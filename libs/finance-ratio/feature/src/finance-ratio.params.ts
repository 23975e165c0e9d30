import { PipeTransform } from '@nestjs/common';
import { ApiError, VALIDATION_FAILED } from '@aftersales/platform';

/** A customer id in a path: the sales system's id, 1 to 64 visible characters. */
export const customerIdParam: PipeTransform<string, string> = {
  transform(value: string): string {
    if (typeof value !== 'string' || !/^[\x21-\x7e\u00a0-\uffff]{1,64}$/.test(value)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'customerId', code: 'format', message: 'customerId must be 1 to 64 visible characters' }]);
    }
    return value;
  },
};
