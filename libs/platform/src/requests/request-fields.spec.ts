import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { toFieldErrors } from '../errors/validation';
import { IsInstantWithZone, IsLocalDate, LIMITS, OptionalRefs, OptionalText, Reason, Refs, Text } from './request-fields';

class Sample {
  @Text(LIMITS.id)
  name!: string;

  @OptionalText(LIMITS.text)
  note?: string;

  @Reason(LIMITS.longText)
  reason!: string;

  @Refs()
  evidence!: string[];

  @OptionalRefs(2)
  attachments?: string[];

  @IsLocalDate()
  day!: string;

  @IsOptional()
  @IsLocalDate()
  otherDay?: string;

  @IsInstantWithZone()
  at!: string;
}

const VALID = { name: 'n', reason: 'why', evidence: ['e-1'], day: '2026-02-28', at: '2026-03-03T10:00:00+08:00' };
const refusals = (body: Record<string, unknown>) => toFieldErrors(validateSync(plainToInstance(Sample, { ...VALID, ...body }))).map((e) => `${e.field}:${e.code}`);

describe('the shared request building blocks', () => {
  it('accept a valid request', () => {
    expect(refusals({})).toEqual([]);
    expect(refusals({ note: 'x', attachments: ['a', 'b'], otherDay: null, reason: 'y'.repeat(LIMITS.longText) })).toEqual([]);
  });

  it('refuse text that is empty, too long, not a string, or null where optional', () => {
    expect(refusals({ name: '', note: 'x'.repeat(LIMITS.text + 1), reason: 'y'.repeat(LIMITS.longText + 1) })).toEqual(['name:minLength', 'note:maxLength', 'reason:maxLength']);
    expect(refusals({ name: 5, note: null })).toEqual(['name:isString', 'note:isString']);
  });

  it('refuse references that are missing, too many, empty or null where optional', () => {
    expect(refusals({ evidence: [], attachments: ['a', 'b', 'c'] })).toEqual(['evidence:arrayMinSize', 'attachments:arrayMaxSize']);
    expect(refusals({ evidence: [''], attachments: null })).toEqual(['evidence:minLength', 'attachments:isString']);
  });

  it('take a local date only when the calendar has that day: the wrong form is matches, a day that does not exist invalid_date', () => {
    expect(refusals({ day: '2026-13-45', otherDay: '2026-02-30' })).toEqual(['day:invalid_date', 'otherDay:invalid_date']);
    expect(refusals({ day: '2024-02-29', otherDay: '1970-01-01' })).toEqual([]);
    expect(refusals({ day: '3000-01-01', otherDay: '2026-2-3' })).toEqual(['day:matches', 'otherDay:matches']);
    expect(refusals({ day: 20260228 })).toEqual(['day:matches']);
  });

  it('take an instant only with its zone, at most ±14:00', () => {
    expect(refusals({ at: '2026-03-03T10:00:00Z' })).toEqual([]);
    expect(refusals({ at: '2026-03-03T10:00:00' })).toEqual(['at:matches']);
    expect(refusals({ at: '2026-03-03T10:00:00+14:30' })).toEqual(['at:matches']);
  });
});
