import { evaluateAcceptance, policyVersionOf } from './acceptance';
import { calendars, facts, policy, shanghai } from './testing-fixtures';

const decide = (f = facts()) => evaluateAcceptance(f, policy, shanghai);
const codes = (f = facts()) => decide(f).reasons.map((r) => `${r.rule}:${r.code}`);

describe('acceptance (rules IN-3, IN-4, IN-5)', () => {
  it('records the policy id and version it decided with', () => {
    expect(policyVersionOf(policy)).toBe('default@2026.1');
  });

  describe('IN-3 appearance and model/quantity: 3 working days from receipt, receipt day = day 0', () => {
    it('IN-3 accepts appearance damage reported on the 3rd working day, with the counted days', () => {
      // Received Mon 2026-03-02; Tue, Wed, Thu are working days 1..3.
      const result = decide(facts({ receivedAt: '2026-03-05T09:00:00.000Z' }));
      expect(result.kind).toBe('accepted_free');
      expect(result.reasons[0]).toEqual({
        rule: 'IN-3',
        code: 'WITHIN_WINDOW',
        details: {
          category: 'appearance',
          windowWorkingDays: 3,
          workingDaysCounted: 3,
          windowEndsAt: '2026-03-05T16:00:00.000Z',
          goodsReceivedOn: '2026-03-02',
          reportedOn: '2026-03-05',
        },
      });
    });

    it('IN-3 rejects appearance damage on the 4th working day', () => {
      const result = decide(facts({ receivedAt: '2026-03-05T16:00:00.000Z' })); // 00:00 Fri in Shanghai
      expect(result.kind).toBe('rejected');
      expect(result.reasons[0]).toMatchObject({ rule: 'IN-3', code: 'WINDOW_EXPIRED', details: { workingDaysCounted: 4 } });
    });

    it('IN-3 counts the 2026 Spring Festival make-up Saturday and skips the holiday (调休)', () => {
      // Received Thu 2026-02-12: Fri 13 (1), Sat 14 make-up (2), 15–23 holiday, Tue 24 (3).
      const base = { goodsReceivedOn: '2026-02-12', deliveredOn: '2026-02-10' };
      const onTime = decide(facts({ ...base, receivedAt: '2026-02-24T08:00:00.000Z' }));
      expect(onTime.kind).toBe('accepted_free');
      expect(onTime.reasons[0].details).toMatchObject({ workingDaysCounted: 3, windowEndsAt: '2026-02-24T16:00:00.000Z' });
      const late = decide(facts({ ...base, receivedAt: '2026-02-25T01:00:00.000Z' }));
      expect(late.kind).toBe('rejected');
      expect(late.reasons[0].details).toMatchObject({ workingDaysCounted: 4 });
    });

    describe('IN-3 a report after the window has ended is late, whatever day it arrives', () => {
      // Received Tue 2026-03-03: Wed, Thu, Fri are working days 1..3; the window ends Fri 24:00 Shanghai.
      const tuesday = (receivedAt: string) => decide(facts({ goodsReceivedOn: '2026-03-03', receivedAt }));

      it.each([
        ['Saturday 2026-03-07', '2026-03-07T02:00:00.000Z'],
        ['Sunday 2026-03-08', '2026-03-08T09:00:00.000Z'],
        ['the first minute of Saturday', '2026-03-06T16:00:00.000Z'],
      ])('IN-3 rejects appearance damage reported on %s, after the window ended', (_when, receivedAt) => {
        const result = tuesday(receivedAt);
        expect(result.kind).toBe('rejected');
        expect(result.reasons[0]).toMatchObject({
          rule: 'IN-3',
          code: 'WINDOW_EXPIRED',
          details: { workingDaysCounted: 3, windowEndsAt: '2026-03-06T16:00:00.000Z' },
        });
      });

      it('IN-3 accepts the last minute of the last working day', () => {
        const result = tuesday('2026-03-06T15:59:59.999Z');
        expect(result.kind).toBe('accepted_free');
        expect(result.reasons[0]).toMatchObject({ code: 'WITHIN_WINDOW', details: { workingDaysCounted: 3 } });
      });

      it('IN-3 accepts a report on the weekend inside the window (received Thu, reported Sat)', () => {
        const result = decide(facts({ goodsReceivedOn: '2026-03-05', receivedAt: '2026-03-07T02:00:00.000Z' }));
        expect(result.kind).toBe('accepted_free');
        expect(result.reasons[0]).toMatchObject({ code: 'WITHIN_WINDOW', details: { workingDaysCounted: 1, windowEndsAt: '2026-03-10T16:00:00.000Z' } });
      });
    });

    describe('IN-3 across the 2026 National Day week (Oct 1–7 holiday, Sat Oct 10 a make-up working day)', () => {
      const received = (goodsReceivedOn: string, receivedAt: string) =>
        decide(facts({ goodsReceivedOn, deliveredOn: '2026-09-20', receivedAt, defect: { firstSeenOn: goodsReceivedOn } }));

      it('IN-3 accepts a report during the holiday when the window runs past it (received Mon Sep 28)', () => {
        // Tue 29 (1), Wed 30 (2), holiday, Thu Oct 8 (3).
        const result = received('2026-09-28', '2026-10-03T02:00:00.000Z');
        expect(result.kind).toBe('accepted_free');
        expect(result.reasons[0]).toMatchObject({ code: 'WITHIN_WINDOW', details: { workingDaysCounted: 2, windowEndsAt: '2026-10-08T16:00:00.000Z' } });
        expect(received('2026-09-28', '2026-10-08T15:59:00.000Z').kind).toBe('accepted_free');
        expect(received('2026-09-28', '2026-10-09T01:00:00.000Z').kind).toBe('rejected');
      });

      it('IN-3 counts the make-up Saturday as the last working day and rejects the Sunday after it (received Wed Sep 30)', () => {
        // Thu Oct 8 (1), Fri Oct 9 (2), Sat Oct 10 make-up (3): the window ends Sat 24:00 Shanghai.
        expect(received('2026-09-30', '2026-10-10T08:00:00.000Z').kind).toBe('accepted_free');
        const sunday = received('2026-09-30', '2026-10-11T02:00:00.000Z');
        expect(sunday.kind).toBe('rejected');
        expect(sunday.reasons[0]).toMatchObject({
          code: 'WINDOW_EXPIRED',
          details: { workingDaysCounted: 3, windowEndsAt: '2026-10-10T16:00:00.000Z', reportedOn: '2026-10-11' },
        });
      });

      it('IN-3 rejects a report during the holiday once the window ended before it (received Fri Sep 25 … Wed Sep 30)', () => {
        // Received on the Mid-autumn holiday Fri Sep 25: Mon 28 (1), Tue 29 (2), Wed 30 (3).
        const result = received('2026-09-25', '2026-10-02T02:00:00.000Z');
        expect(result.kind).toBe('rejected');
        expect(result.reasons[0]).toMatchObject({ code: 'WINDOW_EXPIRED', details: { workingDaysCounted: 3, windowEndsAt: '2026-09-30T16:00:00.000Z' } });
      });
    });

    it('IN-3 counts in the region time zone: 23:30 in Shanghai is still the same local day', () => {
      const result = decide(facts({ receivedAt: '2026-03-05T15:30:00.000Z' }));
      expect(result.kind).toBe('accepted_free');
    });

    it('IN-3 sends a late model/quantity problem to review (a wrong model is handled case by case)', () => {
      const result = decide(facts({ category: 'model_quantity', receivedAt: '2026-03-10T02:00:00.000Z' }));
      expect(result.kind).toBe('needs_review');
      expect(result.reasons[0]).toMatchObject({ rule: 'IN-3', code: 'WINDOW_EXPIRED' });
    });

    it('IN-3 asks for review when the calendar has no holiday data for the year counted', () => {
      const result = decide(facts({ goodsReceivedOn: '2031-03-03', deliveredOn: '2031-03-01', receivedAt: '2031-03-04T02:00:00.000Z' }));
      expect(result.kind).toBe('needs_review');
      expect(codes(facts({ goodsReceivedOn: '2031-03-03', deliveredOn: '2031-03-01', receivedAt: '2031-03-04T02:00:00.000Z' }))).toContain(
        'IN-3:CALENDAR_NOT_COVERED',
      );
    });

    it('IN-3 sends a report that looks late to review, not to rejection, when the calendar has no holiday data for the year', () => {
      // Received Mon 2031-03-03, reported Tue 2031-03-11: six working days by weekends alone, over the
      // 3-day window, but holidays and make-up working days of 2031 are not known yet.
      const late = facts({ goodsReceivedOn: '2031-03-03', deliveredOn: '2031-03-01', receivedAt: '2031-03-11T02:00:00.000Z' });
      const result = decide(late);
      expect(result.kind).toBe('needs_review');
      expect(codes(late)).toEqual(expect.arrayContaining(['IN-3:WINDOW_EXPIRED', 'IN-3:CALENDAR_NOT_COVERED']));
      // An exclusion does not depend on the calendar: it still decides (IN-4).
      expect(decide({ ...late, product: { ...late.product, partClass: 'gift' } }).kind).toBe('rejected');
    });
  });

  describe('IN-3 / IN-5 performance: warranty from receipt', () => {
    const perf = (receivedAt: string, extra = {}) => facts({ category: 'performance', goodsReceivedOn: '2025-03-10', deliveredOn: '2025-03-08', receivedAt, ...extra });

    it('IN-3 accepts free on the last day of the 1-year warranty', () => {
      const result = decide(perf('2026-03-09T10:00:00.000Z'));
      expect(result.kind).toBe('accepted_free');
      expect(result.reasons[0]).toEqual({
        rule: 'IN-3',
        code: 'WITHIN_WARRANTY',
        details: { warrantyMonths: 12, warrantySource: 'policy', warrantyEndsOn: '2026-03-09', goodsReceivedOn: '2025-03-10', reportedOn: '2026-03-09' },
      });
    });

    it('IN-3 offers paid service the day after the warranty ends', () => {
      const result = decide(perf('2026-03-10T01:00:00.000Z'));
      expect(result.kind).toBe('accepted_paid');
      expect(result.reasons[0]).toMatchObject({ code: 'WARRANTY_EXPIRED', details: { warrantyEndsOn: '2026-03-09' } });
    });

    it('IN-5 gives accessories three months', () => {
      const result = decide(perf('2025-06-10T02:00:00.000Z', { product: { partClass: 'accessory' } }));
      expect(result.kind).toBe('accepted_paid');
      expect(result.reasons[0]).toMatchObject({ rule: 'IN-5', code: 'WARRANTY_EXPIRED', details: { warrantyMonths: 3, warrantySource: 'accessory', warrantyEndsOn: '2025-06-09' } });
    });

    it('IN-3 a period from a day the end month lacks runs through that month (no day lost)', () => {
      const leap = (receivedAt: string) => decide(facts({ category: 'performance', goodsReceivedOn: '2024-02-29', deliveredOn: '2024-02-28', receivedAt }));
      expect(leap('2025-02-28T02:00:00.000Z').reasons[0]).toMatchObject({ code: 'WITHIN_WARRANTY', details: { warrantyEndsOn: '2025-02-28' } });
      expect(leap('2025-03-01T02:00:00.000Z').kind).toBe('accepted_paid');
      const accessory = (goodsReceivedOn: string) =>
        decide(facts({ category: 'performance', goodsReceivedOn, deliveredOn: '2025-11-01', receivedAt: '2025-12-01T02:00:00.000Z', product: { partClass: 'accessory' } })).reasons[0]
          .details.warrantyEndsOn;
      expect([accessory('2025-11-28'), accessory('2025-11-29'), accessory('2025-11-30')]).toEqual(['2026-02-27', '2026-02-28', '2026-02-28']);
    });

    it("IN-5 lets a warranty card's period override the default", () => {
      const result = decide(perf('2026-09-01T02:00:00.000Z', { warrantyCard: { months: 24 } }));
      expect(result.kind).toBe('accepted_free');
      expect(result.reasons[0]).toMatchObject({ rule: 'IN-5', code: 'WITHIN_WARRANTY', details: { warrantyMonths: 24, warrantySource: 'warranty_card', warrantyEndsOn: '2027-03-09' } });
    });
  });

  describe('IN-4 exclusions', () => {
    const perf = (extra = {}) => facts({ category: 'performance', receivedAt: '2026-03-10T02:00:00.000Z', ...extra });

    it('IN-4 does not cover free gifts', () => {
      const result = decide(perf({ product: { partClass: 'gift' } }));
      expect(result.kind).toBe('rejected');
      expect(codes(perf({ product: { partClass: 'gift' } }))).toContain('IN-4:FREE_GIFT_NOT_COVERED');
    });

    it('IN-4 charges for consumable parts', () => {
      expect(decide(perf({ product: { partClass: 'consumable' } })).kind).toBe('accepted_paid');
    });

    it('IN-4 charges for human damage and force majeure', () => {
      expect(decide(perf({ suspectedCause: 'human_damage' })).kind).toBe('accepted_paid');
      expect(decide(perf({ suspectedCause: 'force_majeure' })).kind).toBe('accepted_paid');
      expect(decide(perf({ suspectedCause: 'product_defect' })).kind).toBe('accepted_free');
    });

    it('IN-4 charges when the product was not used as instructed', () => {
      expect(codes(perf({ usedAsInstructed: false }))).toContain('IN-4:NOT_USED_AS_INSTRUCTED');
      expect(decide(perf({ usedAsInstructed: false })).kind).toBe('accepted_paid');
    });

    it("IN-4 excludes a product line's listed components (phone antenna), not other lines'", () => {
      const phone = perf({ product: { productLine: 'phone', component: 'antenna' } });
      expect(decide(phone).kind).toBe('accepted_paid');
      expect(decide(phone).reasons).toContainEqual({ rule: 'IN-4', code: 'EXCLUDED_COMPONENT', details: { component: 'antenna', productLine: 'phone' } });
      expect(decide(perf({ product: { component: 'antenna' } })).kind).toBe('accepted_free');
    });

    it('IN-4 keeps the least favourable outcome: a late appearance claim stays rejected, a timely one becomes paid', () => {
      const late = decide(facts({ receivedAt: '2026-03-20T02:00:00.000Z', suspectedCause: 'human_damage' }));
      expect(late.kind).toBe('rejected');
      expect(late.reasons.map((r) => r.code)).toEqual(['WINDOW_EXPIRED', 'EXCLUDED_CAUSE', 'DOA_WINDOW_PASSED']);
      expect(decide(facts({ suspectedCause: 'human_damage' })).kind).toBe('accepted_paid');
    });

    it('IN-4 product exclusions do not apply to a service complaint', () => {
      const rude = decide(facts({ category: 'service_attitude', usedAsInstructed: false, product: { partClass: 'gift' } }));
      expect(rude).toEqual({ kind: 'accepted_free', reasons: [{ rule: 'IN-3', code: 'CATEGORY_RULE', details: { category: 'service_attitude', kind: 'accepted_free' } }] });
    });

    it('IN-4 a product line name is looked up as data, never as an object property', () => {
      expect(decide(perf({ product: { productLine: 'constructor', component: 'antenna' } })).kind).toBe('accepted_free');
    });
  });

  describe('IN-5 dead-on-arrival swap', () => {
    const doa = (receivedAt: string, claim: object | null) =>
      facts({ category: 'performance', requestedResolution: 'exchange', receivedAt, deadOnArrival: claim as never, product: { productLine: 'phone' } });
    const full = { testReportRef: 'att-report-1', packagingIntact: true, appearanceIntact: true };

    it('IN-5 swaps within 15 days with a test report, intact packaging and appearance', () => {
      const result = decide(doa('2026-03-17T02:00:00.000Z', full));
      expect(result.kind).toBe('accepted_free');
      expect(result.reasons).toContainEqual({ rule: 'IN-5', code: 'DOA_SWAP_ELIGIBLE', details: { doaDays: 15, daysSinceReceipt: 15, missing: [] } });
    });

    it('IN-5 names the missing conditions (the repair warranty still applies)', () => {
      const result = decide(doa('2026-03-05T02:00:00.000Z', { testReportRef: null, packagingIntact: false, appearanceIntact: true }));
      expect(result.kind).toBe('accepted_free');
      expect(result.reasons).toContainEqual({
        rule: 'IN-5',
        code: 'DOA_SWAP_CONDITIONS_MISSING',
        details: { doaDays: 15, daysSinceReceipt: 3, missing: ['test_report', 'intact_packaging'] },
      });
    });

    it('IN-4 / IN-5 an excluded component is not eligible for a free swap: the reasons agree with the paid outcome', () => {
      const result = decide(facts({ ...doa('2026-03-05T02:00:00.000Z', full), product: { productLine: 'phone', component: 'lcd' } }));
      expect(result.kind).toBe('accepted_paid');
      expect(result.reasons.map((r) => r.code)).toEqual(['WITHIN_WARRANTY', 'EXCLUDED_COMPONENT', 'DOA_SWAP_NOT_APPLICABLE']);
      expect(result.reasons[2]).toEqual({ rule: 'IN-5', code: 'DOA_SWAP_NOT_APPLICABLE', details: { doaDays: 15, daysSinceReceipt: 3, outcome: 'accepted_paid' } });
    });

    it('IN-3..IN-5 no decision other than free acceptance gives a swap as a reason', () => {
      const variants = [
        { suspectedCause: 'human_damage' },
        { usedAsInstructed: false },
        { product: { productLine: 'phone', component: 'housing', partClass: 'main' } },
        { product: { productLine: 'phone', partClass: 'consumable' } },
        { product: { productLine: 'phone', partClass: 'gift' } },
        { category: 'appearance', goodsReceivedOn: '2026-02-26' },
      ] as const;
      for (const variant of variants) {
        const result = decide(facts({ ...doa('2026-03-05T02:00:00.000Z', full), ...variant } as never));
        expect(result.kind).not.toBe('accepted_free');
        expect(result.reasons.map((r) => r.code)).not.toContain('DOA_SWAP_ELIGIBLE');
      }
    });

    it('IN-5 says when the swap window has passed (the repair warranty still applies)', () => {
      const result = decide(doa('2026-03-18T02:00:00.000Z', full));
      expect(result.kind).toBe('accepted_free');
      expect(result.reasons).toContainEqual({ rule: 'IN-5', code: 'DOA_WINDOW_PASSED', details: { doaDays: 15, daysSinceReceipt: 16 } });
    });
  });

  it('uses the region calendar it is given (a German region counts Saturdays as off, no 调休)', () => {
    const berlin = calendars.forRegion('de');
    // Received Thu 2026-02-12; Fri 13 (1), Mon 16 (2), Tue 17 (3).
    const f = facts({ region: 'de', goodsReceivedOn: '2026-02-12', deliveredOn: '2026-02-10', receivedAt: '2026-02-17T10:00:00.000Z' });
    expect(evaluateAcceptance(f, policy, berlin).reasons[0].details).toMatchObject({ workingDaysCounted: 3 });
  });
});
