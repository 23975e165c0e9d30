import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Property shapes the response DTOs share, so every field of the document has its format and
 * bounds (an id is a UUID, a time an RFC 3339 instant, a day a calendar date).
 */
export const UUID: ApiPropertyOptions = { type: String, format: 'uuid', maxLength: 36, example: '0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10' };
export const INSTANT: ApiPropertyOptions = { type: String, format: 'date-time', maxLength: 40, example: '2026-03-03T02:00:00.000Z' };
export const LOCAL_DATE: ApiPropertyOptions = { type: String, format: 'date', maxLength: 10, example: '2026-03-02' };
export const MONTH: ApiPropertyOptions = { type: String, pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7, example: '2026-03' };
/** A user, customer or other id of another system: opaque, bounded. */
export const EXTERNAL_ID: ApiPropertyOptions = { type: String, maxLength: 64, example: 'cs-1' };
export const REGION: ApiPropertyOptions = { type: String, maxLength: 64, example: 'cn-east', description: 'A calendar region' };
/** A revision in its stream (a bigint, so a decimal string). */
export const REVISION: ApiPropertyOptions = { type: String, pattern: '^\\d{1,20}$', maxLength: 20, example: '3' };
export const COUNT: ApiPropertyOptions = { type: Number, format: 'int32', minimum: 0, maximum: 2_147_483_647 };

/** A required property that may be null. */
export function ApiNullable(options: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({ ...options, nullable: true } as ApiPropertyOptions);
}

/** A bounded string property. */
export function text(maxLength: number, extra: Partial<ApiPropertyOptions> = {}): ApiPropertyOptions {
  return { type: String, maxLength, ...extra } as ApiPropertyOptions;
}
