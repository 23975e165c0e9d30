import { addDays, addMonths, daysBetween, isLocalDate, isoWeekday, parseLocalDate } from './local-date';

describe('LocalDate', () => {
  it('accepts real dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('2025-1-01')).toBe(false);
    expect(isLocalDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(isLocalDate(20250101)).toBe(false);
  });

  it('parseLocalDate throws a coded error', () => {
    expect(() => parseLocalDate('2025-02-30')).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }));
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-02-13', '2026-02-25')).toBe(12);
  });

  it('adds months, clamping a day the target month lacks to its last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -120)).toBe('2016-03-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(() => addMonths('2026-13-45', 1)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }));
    expect(() => addMonths('2026-01-15', 1.5)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_ARGUMENT' }));
  });

  it('numbers weekdays ISO-style', () => {
    expect(isoWeekday('2026-02-14')).toBe(6); // Saturday
    expect(isoWeekday('2025-01-26')).toBe(7); // Sunday
    expect(isoWeekday('2026-02-23')).toBe(1); // Monday
  });
});
