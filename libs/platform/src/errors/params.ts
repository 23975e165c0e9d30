import { ArgumentMetadata, Injectable, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error';
import { FIELD, VALIDATION_FAILED } from './codes';

/**
 * A path parameter that must be a UUID: a bad one is a 400 naming the parameter, like a body field.
 * Returned lower-case, as the stores keep ids, so an upper-case id in a URL finds its resource.
 */
export class UuidParamPipe implements PipeTransform<unknown, Promise<string>> {
  private readonly inner: ParseUUIDPipe;

  constructor(private readonly name: string) {
    this.inner = new ParseUUIDPipe({
      exceptionFactory: () =>
        ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
          { field: name, code: 'isUuid', message: `${name} must be a UUID` },
        ]),
    });
  }

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<string> {
    return ((await this.inner.transform(value as string, metadata)) as string).toLowerCase();
  }
}

export function uuidParam(name: string): UuidParamPipe {
  return new UuidParamPipe(name);
}

/**
 * For commands that take no input: `@Body(NoBodyPipe) _: unknown`. Any field is refused as unknown,
 * as forbidNonWhitelisted does for DTOs (a class without fields cannot say so to class-validator).
 */
@Injectable()
export class NoBodyPipe implements PipeTransform<unknown, undefined> {
  transform(value: unknown): undefined {
    const fields = value !== null && typeof value === 'object' ? Object.keys(value) : value === undefined || value === '' ? [] : ['(body)'];
    if (fields.length > 0) {
      throw ApiError.badRequest(
        VALIDATION_FAILED,
        'this command takes no input; see fieldErrors',
        fields.map((field) => ({ field, code: FIELD.UNKNOWN_FIELD, message: `property ${field} should not exist` })),
      );
    }
    return undefined;
  }
}
