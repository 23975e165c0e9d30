import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';
import { isLocalDate } from '@aftersales/calendar';
import { FIELD } from '../errors/codes';

/**
 * The building blocks of every context's request DTOs, defined once (issue 12): text with its
 * limits, references, a local date, an instant with its zone, a reason. Each is class-validator
 * rules; the OpenAPI document reads its bounds, patterns and formats from them
 * (openapi/validation-schema.ts), so the document and the pipe cannot disagree. What the rules do
 * not say (an example, a description) comes as `api`, so a field is declared in one decorator.
 */

type Api = ApiPropertyOptions;

/** The field's OpenAPI property (required or optional), when the DTO gives one. */
function documented(api: Api | undefined, optional: boolean): PropertyDecorator {
  if (api === undefined) return () => undefined;
  return optional ? ApiPropertyOptional(api) : ApiProperty(api);
}

/** Field size limits: longer values are refused with a field error (`maxLength`, `arrayMaxSize`, `max`). */
export const LIMITS = { id: 64, name: 200, code: 100, text: 2000, longText: 4000, refs: 50, quantity: 1_000_000 } as const;

/** The shape of a local date, years 1970–2999 (anything else is a typo, and would overflow the calendar's arithmetic). */
const LOCAL_DATE_SHAPE = /^(19[7-9]\d|2\d{3})-\d{2}-\d{2}$/;
/** An instant with its zone: Z or an offset of at most ±14:00 (the widest in use). */
const INSTANT_WITH_ZONE = /^(19[7-9]\d|2\d{3})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)$/;
const dateMessage = { message: '$property must be a date YYYY-MM-DD (years 1970–2999)' };
const instantMessage = { message: '$property must be an ISO-8601 instant with a time zone, e.g. 2026-03-03T10:00:00+08:00' };

/** Required text: a non-empty string of at most `max` characters. */
export function Text(max: number, api?: Api): PropertyDecorator {
  return (target, key) => {
    documented(api, false)(target, key);
    IsString()(target, key);
    MinLength(1)(target, key);
    MaxLength(max)(target, key);
  };
}

/** Optional text, but never null: absent means "not given". */
export function OptionalText(max: number, api?: Api): PropertyDecorator {
  return (target, key) => {
    documented(api, true)(target, key);
    ValidateIf((_: unknown, value: unknown) => value !== undefined)(target, key);
    Text(max)(target, key);
  };
}

/**
 * Why something is done (a withdrawal, a cancellation, a changed plan): required text. A context
 * whose free text is long text says so (QA: `@Reason(LIMITS.longText)`).
 */
export function Reason(max: number = LIMITS.text, api?: Api): PropertyDecorator {
  return Text(max, api);
}

/** References to stored things (evidence, attachments): at least one, each a non-empty string up to LIMITS.name. */
export function Refs(maxItems: number = LIMITS.refs, api?: Api): PropertyDecorator {
  return (target, key) => {
    documented(api, false)(target, key);
    ArrayMinSize(1)(target, key);
    ArrayMaxSize(maxItems)(target, key);
    IsString({ each: true })(target, key);
    MinLength(1, { each: true })(target, key);
    MaxLength(LIMITS.name, { each: true })(target, key);
  };
}

/** Optional references, but never null. */
export function OptionalRefs(maxItems: number = LIMITS.refs, api?: Api): PropertyDecorator {
  return (target, key) => {
    documented(api, true)(target, key);
    ValidateIf((_: unknown, value: unknown) => value !== undefined)(target, key);
    ArrayMaxSize(maxItems)(target, key);
    IsString({ each: true })(target, key);
    MinLength(1, { each: true })(target, key);
    MaxLength(LIMITS.name, { each: true })(target, key);
  };
}

/**
 * A calendar date `YYYY-MM-DD`, years 1970–2999, that the calendar has (the calendar's isLocalDate):
 * not of that form is `matches`; of that form but no day (2026-02-30, 2026-13-45) is `invalid_date`.
 * Wrap it for an optional field (`@IsOptional()`, or `@ValidateIf` to refuse null).
 */
export function IsLocalDate(): PropertyDecorator {
  return (target, key) => {
    ValidateBy({
      name: FIELD.INVALID_DATE,
      validator: {
        // Only a value of the right form is judged here; any other is `matches`'s to report.
        validate: (value: unknown) => typeof value !== 'string' || !LOCAL_DATE_SHAPE.test(value) || isLocalDate(value),
        defaultMessage: () => '$property is not a day of the calendar',
      },
    })(target, key);
    Matches(LOCAL_DATE_SHAPE, dateMessage)(target, key);
  };
}

/** An ISO-8601 instant with its zone (Z or an offset up to ±14:00), years 1970–2999. */
export function IsInstantWithZone(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true }, instantMessage)(target, key);
    Matches(INSTANT_WITH_ZONE, instantMessage)(target, key);
  };
}

/** One of a vocabulary's values (an enum in the document, `isIn` when refused): `@OneOf(SEVERITIES, { example: 'minor' })`. */
export function OneOf(values: readonly unknown[], api: Api = {}): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ enum: values as unknown[], ...api } as Api)(target, key);
    IsIn(values as unknown[])(target, key);
  };
}

/** Optionally one of a vocabulary's values (absent or null is "not given"). */
export function OptionalOneOf(values: readonly unknown[], api: Api = {}): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ enum: values as unknown[], ...api } as Api)(target, key);
    IsOptional()(target, key);
    IsIn(values as unknown[])(target, key);
  };
}

/** Optional text that may also be null or empty (a free note, a reference a form may leave blank), at most `max`. */
export function NullableText(max: number, api: Api = {}): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional(api)(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(max)(target, key);
  };
}

/** An optional local date (absent or null is "not given"); see IsLocalDate. */
export function OptionalLocalDate(api: Api = {}): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional(api)(target, key);
    IsOptional()(target, key);
    IsLocalDate()(target, key);
  };
}

/** An optional instant with its zone (a query's time range); see IsInstantWithZone. */
export function OptionalInstant(api: Api = {}): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional(api)(target, key);
    IsOptional()(target, key);
    IsInstantWithZone()(target, key);
  };
}

/** A query-string flag: `true` or `false` (as text in the URL), absent when not given. */
export function QueryFlag(api: Api = {}): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ type: Boolean, ...api })(target, key);
    IsOptional()(target, key);
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))(target, key);
    IsBoolean()(target, key);
  };
}
