import { ValidationError } from '@nestjs/common';
import { canonicalJson } from '../idempotency/idempotency.interceptor';
import { toFieldErrors } from './validation';

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted paths and names unknown fields', () => {
    const errors: ValidationError[] = [
      { property: 'quantity', constraints: { isInt: 'quantity must be an integer' }, children: [] },
      { property: 'hack', constraints: { whitelistValidation: 'property hack should not exist' }, children: [] },
      {
        property: 'product',
        children: [{ property: 'serial', constraints: { maxLength: 'serial must be shorter' }, children: [] }],
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'quantity', code: 'isInt', message: 'quantity must be an integer' },
      { field: 'hack', code: 'unknown_field', message: 'property hack should not exist' },
      { field: 'product.serial', code: 'maxLength', message: 'serial must be shorter' },
    ]);
  });
});

describe('toFieldErrors: one error per field', () => {
  it('reports presence and type before bounds, whatever order the decorators ran in', () => {
    const errors: ValidationError[] = [
      { property: 'name', constraints: { maxLength: 'name must be shorter than or equal to 64 characters', isString: 'name must be a string' }, children: [] },
      { property: 'page', constraints: { max: 'page must not be greater than 10000', min: 'page must not be less than 1', isInt: 'page must be an integer number' }, children: [] },
      { property: 'size', constraints: { min: 'size must not be less than 1', max: 'size must not be greater than 9' }, children: [] },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'name', code: 'isString', message: 'name must be a string' },
      { field: 'page', code: 'isInt', message: 'page must be an integer number' },
      { field: 'size', code: 'min', message: 'size must not be less than 1' },
    ]);
  });
});

describe('canonicalJson', () => {
  it('ignores key order but not values or array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson(undefined)).toBe('null');
  });
});
