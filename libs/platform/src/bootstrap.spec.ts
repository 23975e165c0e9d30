import { INestApplication } from '@nestjs/common';
import { exitOnShutdownSignals } from './bootstrap';

describe('exitOnShutdownSignals', () => {
  let before: { SIGINT: NodeJS.SignalsListener[]; SIGTERM: NodeJS.SignalsListener[] };
  beforeEach(() => {
    before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
    }
    jest.restoreAllMocks();
  });

  function drainingApp(): { app: INestApplication; finish: () => void; closes: () => number } {
    let finish!: () => void;
    let closes = 0;
    const closed = new Promise<void>((resolve) => (finish = resolve));
    const app = { close: () => (closes++, closed) } as unknown as INestApplication;
    return { app, finish, closes: () => closes };
  }

  it('ignores a repeat within the grace period, drains once and exits 0', async () => {
    const exits: number[] = [];
    const { app, finish, closes } = drainingApp();
    exitOnShutdownSignals(app, 30_000, { graceMs: 1_000, exit: (code) => exits.push(code) });
    process.emit('SIGINT', 'SIGINT');
    process.emit('SIGINT', 'SIGINT');
    process.emit('SIGTERM', 'SIGTERM');
    expect(exits).toEqual([]);
    expect(closes()).toBe(1);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([0]);
  });

  it('exits 1 at once on a signal after the grace period', async () => {
    const exits: number[] = [];
    const { app } = drainingApp();
    exitOnShutdownSignals(app, 30_000, { graceMs: 30, exit: (code) => exits.push(code) });
    process.emit('SIGTERM', 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 60));
    process.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([1]);
  });
});
