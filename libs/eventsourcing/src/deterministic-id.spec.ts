import { deterministicUuid } from './deterministic-id';

describe('deterministicUuid', () => {
  it('gives the same RFC 9562 version-8 UUID for the same parts', () => {
    const id = deterministicUuid('acme', 'complaint', 'key-1');
    expect(id).toBe(deterministicUuid('acme', 'complaint', 'key-1'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('separates parts, so moving a boundary changes the id', () => {
    expect(deterministicUuid('ab', 'c')).not.toBe(deterministicUuid('a', 'bc'));
    expect(deterministicUuid('acme', 'key')).not.toBe(deterministicUuid('globex', 'key'));
  });

  it('needs at least one part', () => {
    expect(() => deterministicUuid()).toThrow(/at least one part/);
  });
});
