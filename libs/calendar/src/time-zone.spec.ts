import { localDateIn, startOfDayIn, zonedWallTimeToInstant, zoneOffsetMs } from './time-zone';

const HOUR = 3_600_000;

describe('time zones through Intl', () => {
  it('Asia/Shanghai has a fixed +08:00 offset and local midnight is 16:00Z the day before', () => {
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'Asia/Shanghai')).toBe(8 * HOUR);
    expect(zoneOffsetMs(new Date('2026-07-15T12:00:00Z'), 'Asia/Shanghai')).toBe(8 * HOUR);
    expect(startOfDayIn('2026-02-26', 'Asia/Shanghai').toISOString()).toBe('2026-02-25T16:00:00.000Z');
  });

  it('an instant at 2026-03-01T17:30Z is already 2026-03-02 in Shanghai', () => {
    expect(localDateIn(new Date('2026-03-01T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
    expect(localDateIn(new Date('2026-03-01T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-03-01');
    expect(localDateIn(new Date('2026-03-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
  });

  it('Europe/Berlin changes from +01:00 to +02:00 on 2026-03-29 at 02:00 local', () => {
    expect(zoneOffsetMs(new Date('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe(1 * HOUR);
    expect(zoneOffsetMs(new Date('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(2 * HOUR);
    expect(startOfDayIn('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayIn('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('a wall time skipped by the spring change moves forward by the gap', () => {
    expect(zonedWallTimeToInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedWallTimeToInstant('2026-03-29', '03:00', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('a wall time repeated by the autumn change resolves to the earlier instant', () => {
    expect(zonedWallTimeToInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedWallTimeToInstant('2026-10-25', '03:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('rejects a malformed wall time', () => {
    expect(() => zonedWallTimeToInstant('2026-01-01', '8:30', 'Asia/Shanghai')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_ARGUMENT' }),
    );
  });
});
