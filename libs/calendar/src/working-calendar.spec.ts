import { loadCalendarRegistry } from './calendar-registry';
import { LocalDate } from './local-date';

const registry = loadCalendarRegistry();
const cn = registry.forRegion('cn-east');
const de = registry.forRegion('de');

const kinds = (dates: LocalDate[]) => dates.map((d) => cn.dayKind(d).kind);
const range = (from: string, to: string): LocalDate[] => {
  const out: LocalDate[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
};

describe('WorkingCalendar (mainland China, chinese-days data)', () => {
  describe('day kinds for the pinned holiday periods', () => {
    it('2025 Spring Festival: 01-28 … 02-04 off; Sun 01-26 and Sat 02-08 are make-up working days', () => {
      expect(new Set(kinds(range('2025-01-28', '2025-02-04')))).toEqual(new Set(['holiday']));
      expect(cn.dayKind('2025-01-26')).toEqual({ kind: 'makeup_workday', name: 'Spring Festival', localName: '春节', origin: 'source' });
      expect(cn.dayKind('2025-02-08').kind).toBe('makeup_workday');
      expect(kinds(['2025-01-27', '2025-02-05', '2025-02-09'])).toEqual(['workday', 'workday', 'weekend']);
    });

    it('2025 National Day: 10-01 … 10-08 off (10-06 named Mid-autumn); Sun 09-28 and Sat 10-11 worked', () => {
      expect(new Set(kinds(range('2025-10-01', '2025-10-08')))).toEqual(new Set(['holiday']));
      expect(cn.dayKind('2025-10-06').name).toBe('Mid-autumn Festival');
      expect(kinds(['2025-09-28', '2025-10-11', '2025-10-09', '2025-10-12'])).toEqual([
        'makeup_workday',
        'makeup_workday',
        'workday',
        'weekend',
      ]);
    });

    it('2026 Spring Festival: 02-15 … 02-23 off; Sat 02-14 and Sat 02-28 worked', () => {
      expect(new Set(kinds(range('2026-02-15', '2026-02-23')))).toEqual(new Set(['holiday']));
      expect(kinds(['2026-02-14', '2026-02-28', '2026-02-13', '2026-02-24'])).toEqual([
        'makeup_workday',
        'makeup_workday',
        'workday',
        'workday',
      ]);
    });

    it('2026 National Day: 10-01 … 10-07 off; Sun 09-20 and Sat 10-10 worked; Mid-autumn 09-25 … 09-27 off', () => {
      expect(new Set(kinds(range('2026-10-01', '2026-10-07')))).toEqual(new Set(['holiday']));
      expect(kinds(['2026-09-20', '2026-10-10', '2026-10-08', '2026-10-11'])).toEqual([
        'makeup_workday',
        'makeup_workday',
        'workday',
        'weekend',
      ]);
      expect(kinds(range('2026-09-25', '2026-09-27'))).toEqual(['holiday', 'holiday', 'holiday']);
      expect(cn.isWorkingDay('2026-09-20')).toBe(true);
      expect(cn.isWorkingDay('2026-10-03')).toBe(false);
    });
  });

  describe('addWorkingDays and nextWorkingDay', () => {
    it('rule IN-3: goods received Fri 2026-02-13, 3 working days → Wed 2026-02-25 (Sat 02-14 counts)', () => {
      expect(cn.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
      expect(cn.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
      expect(cn.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    });

    it('rule IN-3 across 2025 Spring Festival: received Fri 2025-01-24 → Sun 01-26, Mon 01-27, Wed 02-05', () => {
      expect([1, 2, 3].map((n) => cn.addWorkingDays('2025-01-24', n))).toEqual(['2025-01-26', '2025-01-27', '2025-02-05']);
    });

    it('rule QA-3 across 2025 National Day: from Tue 09-30, 1 → Thu 10-09, 3 → make-up Sat 10-11', () => {
      expect(cn.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
      expect(cn.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    });

    it('across 2026 Mid-autumn and National Day: Thu 09-24 + 1 → Mon 09-28; Wed 09-30 + 3 → Sat 10-10', () => {
      expect(cn.addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
      expect(cn.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
      expect(cn.addWorkingDays('2026-02-27', 1)).toBe('2026-02-28');
    });

    it('n = 0 is the date itself when working, else the next working day', () => {
      expect(cn.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
      expect(cn.addWorkingDays('2026-02-15', 0)).toBe('2026-02-24');
      expect(cn.nextWorkingDay('2026-02-14')).toBe('2026-02-24');
    });

    it('rejects a negative or fractional count and a malformed date', () => {
      expect(() => cn.addWorkingDays('2026-02-13', -1)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_ARGUMENT' }));
      expect(() => cn.addWorkingDays('2026-02-13', 1.5)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_ARGUMENT' }));
      expect(() => cn.addWorkingDays('2026-2-13', 1)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }));
    });
  });

  describe('workingDaysBetween (receipt day is day 0)', () => {
    const received = new Date('2026-02-13T02:00:00Z'); // Fri 10:00 in Shanghai

    it('rule IN-3: counts working days after the local day of receipt, by local date of `to`', () => {
      expect(cn.workingDaysBetween(received, new Date('2026-02-13T15:59:59Z'))).toBe(0);
      expect(cn.workingDaysBetween(received, new Date('2026-02-13T16:00:00Z'))).toBe(1); // Sat 02-14 begins
      expect(cn.workingDaysBetween(received, new Date('2026-02-23T15:59:59Z'))).toBe(1);
      expect(cn.workingDaysBetween(received, new Date('2026-02-24T15:59:59Z'))).toBe(2);
      expect(cn.workingDaysBetween(received, new Date('2026-02-24T16:00:00Z'))).toBe(3);
      expect(cn.workingDaysBetween(received, new Date('2026-02-25T16:00:00Z'))).toBe(4);
    });

    it('2025 Spring Festival: Mon 01-27 → Sat 02-08 is 4 working days', () => {
      expect(cn.workingDaysBetween('2025-01-27', '2025-02-08')).toBe(4);
    });

    it('is negative when `to` is before `from`, and 0 on the same day', () => {
      expect(cn.workingDaysBetween('2026-02-25', '2026-02-13')).toBe(-3);
      expect(cn.workingDaysBetween(received, received)).toBe(0);
    });
  });

  describe('endOfWorkingDayDeadline (exclusive: due when now ≥ it)', () => {
    it('rule IN-3: received Fri 2026-02-13, 3 working days → end of Wed 02-25 = 2026-02-25T16:00Z', () => {
      expect(cn.endOfWorkingDayDeadline(new Date('2026-02-13T02:00:00Z'), 3).toISOString()).toBe('2026-02-25T16:00:00.000Z');
    });

    it('rule IN-8: a case received Fri 17:00 local must be forwarded by the end of make-up Sat 02-14', () => {
      expect(cn.endOfWorkingDayDeadline(new Date('2026-02-13T09:00:00Z'), 1).toISOString()).toBe('2026-02-14T16:00:00.000Z');
    });

    it('uses the local date of `from`: 2026-03-01T17:30Z is Mon 03-02 in Shanghai', () => {
      expect(cn.localDate(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
      expect(cn.endOfWorkingDayDeadline(new Date('2026-03-01T17:30:00Z'), 1).toISOString()).toBe('2026-03-03T16:00:00.000Z');
    });

    it('n = 0 ends with the day of receipt when that is a working day', () => {
      expect(cn.endOfWorkingDayDeadline(new Date('2026-03-02T01:00:00Z'), 0).toISOString()).toBe('2026-03-02T16:00:00.000Z');
    });
  });

  describe('addBusinessHours (08:30–17:30 Asia/Shanghai, rule IN-7)', () => {
    const at = (iso: string, hours: number) => cn.addBusinessHours(new Date(iso), hours).toISOString();

    it('across an evening: Mon 17:00 local + 2h → Tue 10:00 local (30 min that evening, 90 the next morning)', () => {
      expect(at('2026-03-02T09:00:00Z', 2)).toBe('2026-03-03T02:00:00.000Z');
    });

    it('across a weekend: Fri 16:30 + 2h → Mon 09:30', () => {
      expect(at('2026-03-06T08:30:00Z', 2)).toBe('2026-03-09T01:30:00.000Z');
    });

    it('onto a make-up Saturday: Fri 2026-02-13 17:00 + 2h → Sat 02-14 10:00', () => {
      expect(at('2026-02-13T09:00:00Z', 2)).toBe('2026-02-14T02:00:00.000Z');
    });

    it('across the Spring Festival holiday: Sat 02-14 16:30 + 3h → Tue 02-24 10:30', () => {
      expect(at('2026-02-14T08:30:00Z', 3)).toBe('2026-02-24T02:30:00.000Z');
    });

    it('across 2025 National Day: Tue 09-30 15:00 + 9h → Thu 10-09 15:00', () => {
      expect(at('2025-09-30T07:00:00Z', 9)).toBe('2025-10-09T07:00:00.000Z');
    });

    it('from before opening starts at 08:30; ending exactly at closing returns 17:30; 0h returns `from`', () => {
      expect(at('2026-03-02T23:00:00Z', 1)).toBe('2026-03-03T01:30:00.000Z');
      expect(at('2026-03-02T08:30:00Z', 1)).toBe('2026-03-02T09:30:00.000Z');
      expect(at('2026-03-07T12:00:00Z', 0)).toBe('2026-03-07T12:00:00.000Z');
    });

    it('rejects negative or non-finite hours', () => {
      expect(() => at('2026-03-02T09:00:00Z', -1)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_ARGUMENT' }));
      expect(() => at('2026-03-02T09:00:00Z', NaN)).toThrow(expect.objectContaining({ code: 'CALENDAR.INVALID_ARGUMENT' }));
    });
  });

  describe('coverage', () => {
    it('covers the years chinese-days lists (2004 … 2026) and nothing else without overrides', () => {
      expect(cn.covers('2004-01-01')).toBe(true);
      expect(cn.covers('2026-12-31')).toBe(true);
      expect(cn.covers('2003-12-31')).toBe(false);
      expect(cn.covers('2027-01-01')).toBe(false);
      expect(cn.covers('2031-01-01')).toBe(false);
      expect(cn.coversRange('2026-12-20', '2027-01-10')).toBe(false);
      expect(cn.coversRange('2025-12-20', '2026-01-10')).toBe(true);
    });

    it('falls back to the weekend rule in an uncovered year (2031-01-01 is not known as a holiday)', () => {
      expect(cn.dayKind('2031-01-01')).toEqual({ kind: 'workday', origin: 'weekly' });
      expect(cn.dayKind('2031-01-04').kind).toBe('weekend');
    });
  });
});

describe('WorkingCalendar with its own zone and weekend (de, Europe/Berlin, 09:00–17:00)', () => {
  it('has no Chinese holidays, only weekends and its overrides', () => {
    expect(de.dayKind('2026-02-16').kind).toBe('workday');
    expect(de.dayKind('2026-02-14').kind).toBe('weekend');
    expect(de.dayKind('2026-05-01')).toEqual({ kind: 'holiday', name: 'Labour Day', localName: 'Tag der Arbeit', origin: 'override' });
    expect(de.covers('2026-05-01')).toBe(false);
  });

  it('reads local dates on either side of the 2026-03-29 change to summer time', () => {
    expect(de.localDate(new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28'); // 23:30 CET
    expect(de.localDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // 00:30 CEST
    expect(de.startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(de.startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('deadlines end at local midnight after the change: Fri 03-27 + 1 working day → end of Mon 03-30 = 22:00Z', () => {
    expect(de.endOfWorkingDayDeadline(new Date('2026-03-27T10:00:00Z'), 1).toISOString()).toBe('2026-03-30T22:00:00.000Z');
  });

  it('business hours over the change: Fri 16:00 CET + 3h → Mon 11:00 CEST = 09:00Z', () => {
    expect(de.addBusinessHours(new Date('2026-03-27T15:00:00Z'), 3).toISOString()).toBe('2026-03-30T09:00:00.000Z');
  });

  it('the same instant can be different local dates in different regions', () => {
    const instant = new Date('2026-03-01T17:30:00Z');
    expect(cn.localDate(instant)).toBe('2026-03-02');
    expect(de.localDate(instant)).toBe('2026-03-01');
  });
});
