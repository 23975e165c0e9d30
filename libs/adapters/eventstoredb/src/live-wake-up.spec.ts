import { EventStoreDBClient, excludeSystemEvents } from '@eventstore/db-client';
import { EventEmitter } from 'node:events';
import { LiveWakeUp } from './live-wake-up';

/** A client's live subscription: a stream of events that may fail or end. */
class FakeSubscription extends EventEmitter {
  unsubscribe = jest.fn(async () => undefined);
}

class FakeClient {
  readonly subscriptions: FakeSubscription[] = [];
  failNext = 0;
  subscribeToAll = jest.fn(() => {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('client is disposed');
    }
    const sub = new FakeSubscription();
    this.subscriptions.push(sub);
    return sub;
  });
  get latest(): FakeSubscription {
    return this.subscriptions[this.subscriptions.length - 1];
  }
}

describe('LiveWakeUp (the live $all notification stream)', () => {
  let client: FakeClient;
  let wakes: number;
  let logger: { debug: jest.Mock; warn: jest.Mock };
  let live: LiveWakeUp;

  beforeEach(() => {
    jest.useFakeTimers();
    client = new FakeClient();
    wakes = 0;
    logger = { debug: jest.fn(), warn: jest.fn() };
  });
  afterEach(async () => {
    await live?.stop();
    jest.useRealTimers();
  });

  const start = () =>
    (live = new LiveWakeUp(client as unknown as EventStoreDBClient, excludeSystemEvents(), () => wakes++, logger, {
      initialBackoffMs: 100,
      maxBackoffMs: 800,
    }));

  it('wakes the poller on every live event', () => {
    start();
    client.latest.emit('data', {});
    client.latest.emit('data', {});
    expect(wakes).toBe(2);
    expect(client.subscribeToAll).toHaveBeenCalledTimes(1);
  });

  it('subscribes again after an error (a server restart), with a backoff that doubles, and wakes once when back', () => {
    start();
    client.latest.emit('error', new Error('14 UNAVAILABLE: Connection dropped'));
    // A late 'close' of the same dead subscription schedules nothing more.
    client.subscriptions[0].emit('close');
    expect(client.subscriptions[0].unsubscribe).toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ retryInMs: 100, err: '14 UNAVAILABLE: Connection dropped' }), expect.any(String));

    jest.advanceTimersByTime(99);
    expect(client.subscribeToAll).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(client.subscribeToAll).toHaveBeenCalledTimes(2);
    expect(wakes).toBe(1);

    // Still down: the next subscription fails too, and the one after that cannot even start.
    client.latest.emit('error', new Error('14 UNAVAILABLE'));
    client.failNext = 1;
    jest.advanceTimersByTime(200);
    expect(client.subscribeToAll).toHaveBeenCalledTimes(3);
    expect(logger.warn.mock.calls.map(([fields]) => fields.retryInMs)).toEqual([100, 200, 400]);
    jest.advanceTimersByTime(400);
    expect(client.subscribeToAll).toHaveBeenCalledTimes(4);

    // Back: the server confirms, live events flow, and the backoff starts over.
    client.latest.emit('confirmation');
    client.latest.emit('data', {});
    expect(wakes).toBe(3);
    client.latest.emit('end');
    expect(logger.warn.mock.calls[logger.warn.mock.calls.length - 1][0].retryInMs).toBe(100);
  });

  it('caps the backoff', () => {
    start();
    for (let i = 0; i < 6; i++) {
      client.latest.emit('error', new Error('down'));
      jest.advanceTimersByTime(1000);
    }
    expect(logger.warn.mock.calls.map(([fields]) => fields.retryInMs)).toEqual([100, 200, 400, 800, 800, 800]);
  });

  it('stops for good: no resubscription after stop, even when a retry was pending', async () => {
    start();
    client.latest.emit('error', new Error('down'));
    await live.stop();
    jest.advanceTimersByTime(10_000);
    expect(client.subscribeToAll).toHaveBeenCalledTimes(1);

    const other = start();
    const current = client.latest;
    await other.stop();
    expect(current.unsubscribe).toHaveBeenCalledTimes(1);
    // Its cancellation may end the stream: that is no reason to subscribe again.
    current.emit('close');
    jest.advanceTimersByTime(10_000);
    expect(client.subscribeToAll).toHaveBeenCalledTimes(2);
  });
});
