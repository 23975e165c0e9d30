import { Candidate, rankCandidates } from './suggestions';

const now = new Date('2026-03-03T02:00:00.000Z');
const pumps = (expiresOn = '2027-12-31') => [{ productLine: 'pumps', certificateNo: 'C', issuedOn: '2025-01-01', expiresOn }];
const candidate = (technicianId: string, overrides: Partial<Candidate> = {}): Candidate => ({ technicianId, name: technicianId, region: 'cn-east', outletId: null, qualifications: pumps(), openOrders: 0, earliestDueAt: null, ...overrides });

describe('TR-2 assignment suggestions', () => {
  const order = { productLine: 'pumps', region: 'cn-east' };

  it('TR-2 ranks qualified technicians first, then the order\'s region, then fewer open orders, then more time to their earliest commitment', () => {
    const ranked = rankCandidates(
      order,
      '2026-03-03',
      [
        candidate('expired', { qualifications: pumps('2026-03-02') }),
        candidate('far', { region: 'cn-north' }),
        candidate('busy', { openOrders: 2, earliestDueAt: '2026-03-03T08:00:00.000Z' }),
        candidate('pressed', { openOrders: 1, earliestDueAt: '2026-03-03T03:00:00.000Z' }),
        candidate('relaxed', { openOrders: 1, earliestDueAt: '2026-03-03T12:00:00.000Z' }),
        candidate('free'),
      ],
      now,
    );
    expect(ranked.map((s) => s.technicianId)).toEqual(['free', 'relaxed', 'pressed', 'busy', 'far', 'expired']);
    expect(ranked.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('TR-2 says why: the qualification in force or its absence, the region, the load, the time left', () => {
    const [relaxed, expired] = rankCandidates(order, '2026-03-03', [candidate('expired', { qualifications: pumps('2026-03-02') }), candidate('relaxed', { openOrders: 1, earliestDueAt: '2026-03-03T12:00:00.000Z' })], now);
    expect(relaxed).toMatchObject({ qualified: true, qualification: { expiresOn: '2027-12-31' }, hoursToEarliestDue: 10 });
    expect(relaxed.reasons).toEqual(["qualified for pumps on 2026-03-03 (C, until 2027-12-31)", "works in the order's region cn-east", '1 open order', 'earliest commitment due in 10 h']);
    expect(expired).toMatchObject({ qualified: false, qualification: null });
    expect(expired.reasons[0]).toBe('no qualification for pumps in force on 2026-03-03: cannot be assigned');
  });

  it("DI-2 for an order given to an outlet, the outlet's staff come first and the others say they cannot be assigned; TR-2 still ranks within each", () => {
    const OUTLET = { outletId: 'outlet-1', name: 'Suzhou point' };
    const ranked = rankCandidates(
      { ...order, outlet: OUTLET },
      '2026-03-03',
      [candidate('ours-free'), candidate('staff-expired', { outletId: 'outlet-1', qualifications: pumps('2026-03-02') }), candidate('staff-busy', { outletId: 'outlet-1', openOrders: 3 }), candidate('other-outlet', { outletId: 'outlet-2' })],
      now,
    );
    expect(ranked.map((s) => [s.technicianId, s.atOutlet, s.qualified])).toEqual([
      ['staff-busy', true, true],
      ['staff-expired', true, false],
      ['other-outlet', false, true],
      ['ours-free', false, true],
    ]);
    expect(ranked[0].reasons[0]).toBe("on the staff of the order's outlet Suzhou point");
    expect(ranked[2].reasons[0]).toBe("not on the staff of the order's outlet Suzhou point: cannot be assigned");
    // An order given to no outlet: no outlet reason, atOutlet null.
    expect(rankCandidates(order, '2026-03-03', [candidate('staff-busy', { outletId: 'outlet-1' })], now)[0]).toMatchObject({ atOutlet: null, reasons: [expect.stringMatching(/^qualified/), expect.any(String), expect.any(String), expect.any(String)] });
  });
});
