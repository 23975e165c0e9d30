import { ReadinessRegistry } from './readiness';

describe('ReadinessRegistry', () => {
  it('is not ready without any critical check', async () => {
    const registry = new ReadinessRegistry();
    expect(await registry.evaluate()).toEqual({ ready: false, checks: {} });
    registry.register('kafka', () => true, { critical: false });
    expect(await registry.evaluate()).toEqual({ ready: false, checks: { kafka: 'up' } });
  });

  it('is ready when every critical check is up, and a failing or throwing one makes it unready', async () => {
    const registry = new ReadinessRegistry();
    let storeUp = true;
    registry.register('eventStore', () => storeUp);
    registry.register('documents', async () => true);
    expect(await registry.evaluate()).toEqual({ ready: true, checks: { eventStore: 'up', documents: 'up' } });
    storeUp = false;
    expect(await registry.evaluate()).toEqual({ ready: false, checks: { eventStore: 'down', documents: 'up' } });
    registry.register('eventStore', () => Promise.reject(new Error('closed')));
    expect((await registry.evaluate()).ready).toBe(false);
  });

  it('reports a non-critical check down without making the service unready', async () => {
    const registry = new ReadinessRegistry();
    registry.register('eventStore', () => true);
    registry.register('kafka', () => Promise.reject(new Error('broker unreachable')), { critical: false });
    expect(await registry.evaluate()).toEqual({ ready: true, checks: { eventStore: 'up', kafka: 'down' } });
  });

  it('forgets an unregistered check', async () => {
    const registry = new ReadinessRegistry();
    registry.register('eventStore', () => true);
    registry.register('projections', () => false);
    registry.unregister('projections');
    expect(await registry.evaluate()).toEqual({ ready: true, checks: { eventStore: 'up' } });
  });

  it('counts a check that does not answer within its timeout as down, without waiting for it', async () => {
    const registry = new ReadinessRegistry();
    registry.checkTimeoutMs = 50;
    registry.register('eventStore', () => true);
    registry.register('mongo', () => new Promise<boolean>(() => undefined));
    registry.register('kafka', () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 30)), { critical: false, timeoutMs: 500 });
    const started = Date.now();
    expect(await registry.evaluate()).toEqual({ ready: false, checks: { eventStore: 'up', mongo: 'down', kafka: 'up' } });
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('times checks out after 2 s by default', () => {
    expect(new ReadinessRegistry().checkTimeoutMs).toBe(2_000);
  });

  it('shows the progress of a check that is down and can tell it, and nothing for one that is up', async () => {
    const registry = new ReadinessRegistry();
    let caughtUp = false;
    registry.register('projections', () => caughtUp, { progress: async () => ({ head: '9', behind: [{ projection: 'p@v1', position: '3' }] }) });
    expect(await registry.evaluate()).toEqual({
      ready: false,
      checks: { projections: 'down' },
      progress: { projections: { head: '9', behind: [{ projection: 'p@v1', position: '3' }] } },
    });
    caughtUp = true;
    expect(await registry.evaluate()).toEqual({ ready: true, checks: { projections: 'up' } });
  });
});
