import { assertFilter, assertId, assertSort, assertUpdate } from './query-guard';

describe('Mongo query guard', () => {
  it('lets ordinary filters through, nested operators and dot paths included', () => {
    expect(() =>
      assertFilter({ $and: [{ status: { $in: ['open'] } }, { lines: { $elemMatch: { sku: 'pump' } } }], 'customer.name': 'Li' }),
    ).not.toThrow();
  });

  it('refuses the position guard at any depth, as a key or as an aggregation field path', () => {
    for (const filter of [
      { _position: 1 },
      { '_position.high': 1 },
      { $or: [{ a: 1 }, { $and: [{ _position: { $gt: 1 } }] }] },
      { tags: { $elemMatch: { _position: 1 } } },
      { $expr: { $lt: [1, '$_position'] } },
    ]) {
      expect(() => assertFilter(filter)).toThrow(/write guard/);
    }
    expect(() => assertSort({ status: 1, _position: -1 })).toThrow(/write guard/);
  });

  it('refuses server-side JavaScript', () => {
    expect(() => assertFilter({ $where: 'sleep(10000)' })).toThrow(/JavaScript/);
    expect(() => assertFilter({ $expr: { $function: { body: 'return 1', args: [], lang: 'js' } } })).toThrow(/JavaScript/);
  });

  it('refuses ids that are not non-empty strings', () => {
    expect(() => assertId({ $gt: '' })).toThrow(TypeError);
    expect(() => assertId('')).toThrow(TypeError);
    expect(() => assertId('t-1')).not.toThrow();
  });

  it('takes updates of operators only, never on _id or the guard, without overlapping paths', () => {
    expect(() => assertUpdate({ $set: { a: 1 }, $inc: { 'b.c': 1 } })).not.toThrow();
    expect(() => assertUpdate({})).toThrow(/at least one operator/);
    expect(() => assertUpdate({ status: { x: 1 } })).toThrow(/not the field/);
    expect(() => assertUpdate({ $set: { _id: 'other' } })).toThrow(/immutable/);
    expect(() => assertUpdate({ $rename: { a: '_position' } })).toThrow(/position guard/);
    expect(() => assertUpdate({ $set: { a: 1 }, $unset: { 'a.b': '' } })).toThrow(/conflict/);
  });
});
