import { FINANCE_RATIO } from './errors';
import { CostEntry, CostEntryCommand, attribute, costEntryDecider, costReport } from './cost-entry.decider';
import { errorOf, scenario } from './testing-fixtures';

const record = (overrides: Partial<CostEntryCommand['entry']> = {}): CostEntryCommand => ({
  type: 'Record',
  entry: {
    entryId: 'e-1',
    category: 'parts',
    amountMinor: '1000',
    currency: 'CNY',
    occurredOn: '2026-03-04',
    customerId: 'C-1',
    region: 'cn-east',
    caseRef: 'case-1',
    source: { kind: 'manual', eventType: 'finance-ratio.CostEntryRecorded', eventId: null },
    adjusts: null,
    note: null,
    recordedBy: 'fin-1',
    recordedAt: '2026-03-05T02:00:00.000Z',
    cause: 'our_fault',
    salesRepId: null,
    ...overrides,
  },
});

function entryOf(command: CostEntryCommand): CostEntry {
  const [event] = costEntryDecider.decide(command, { status: 'none' });
  return event.data;
}

describe('FR-3 the quality-cost ledger', () => {
  const { when } = scenario(costEntryDecider);

  it('FR-3 attributes each cost by its cause: company, sales rep, sales department or customer', () => {
    expect(attribute('our_fault', 'rep-1')).toEqual({ party: 'company', salesRepId: null, cause: 'our_fault' });
    expect(attribute('late_or_wrong_information', 'rep-1')).toEqual({ party: 'sales_rep', salesRepId: 'rep-1', cause: 'late_or_wrong_information' });
    expect(attribute('unexplained_product_contents', 'rep-1').party).toBe('sales_rep');
    expect(attribute('unsold_customer_caused_return', 'rep-1').party).toBe('sales_rep');
    expect(attribute('special_case', null).party).toBe('sales_department');
    expect(attribute('customer_fault', null).party).toBe('customer');
    expect(errorOf(() => attribute('late_or_wrong_information', null))).toMatchObject({ code: FINANCE_RATIO.SALES_REP_REQUIRED });
  });

  it('FR-3 records an entry once, naming its source; never edits it; an adjustment is a new (possibly negative) entry', () => {
    const [recorded] = when([], record());
    expect(recorded.data).toMatchObject({ entryId: 'e-1', amountMinor: '1000', attribution: { party: 'company' }, source: { kind: 'manual' } });
    expect(errorOf(() => when([record()], record({ amountMinor: '2000' })))).toMatchObject({ code: FINANCE_RATIO.COST_ENTRY_EXISTS });
    expect(errorOf(() => when([], record({ amountMinor: '-5' })))).toMatchObject({ code: FINANCE_RATIO.NEGATIVE_COST });
    expect(errorOf(() => when([], record({ amountMinor: '0' })))).toMatchObject({ code: FINANCE_RATIO.ZERO_AMOUNT });
    const [adjustment] = when([], record({ entryId: 'e-2', amountMinor: '-300', adjusts: 'e-1', source: { kind: 'adjustment', eventType: 'finance-ratio.CostEntryRecorded', eventId: 'ev-1' } }));
    expect(adjustment.data).toMatchObject({ adjusts: 'e-1', amountMinor: '-300' });
  });

  it('FR-3 reports sum exactly per group, category and currency, and the rows add up to the ledger', () => {
    const entries = [
      entryOf(record({ entryId: 'a', amountMinor: '10', category: 'parts' })),
      entryOf(record({ entryId: 'b', amountMinor: '20', category: 'labour' })),
      entryOf(record({ entryId: 'c', amountMinor: '70', category: 'freight', cause: 'late_or_wrong_information', salesRepId: 'rep-1', customerId: 'C-2' })),
      entryOf(record({ entryId: 'd', amountMinor: '-20', category: 'labour', source: { kind: 'adjustment', eventType: 'x', eventId: 'b' }, adjusts: 'b' })),
      entryOf(record({ entryId: 'e', amountMinor: '999', occurredOn: '2026-04-01' })),
      entryOf(record({ entryId: 'f', amountMinor: '5', currency: 'USD', category: 'write_off', cause: 'customer_fault' })),
    ];
    const byCustomer = costReport(entries, 'customer', '2026-03-01', '2026-03-31');
    expect(byCustomer.rows).toEqual([
      { key: 'C-1', currency: 'CNY', parts: '10', labour: '0', freight: '0', writeOff: '0', total: '10', entries: 3 },
      { key: 'C-1', currency: 'USD', parts: '0', labour: '0', freight: '0', writeOff: '5', total: '5', entries: 1 },
      { key: 'C-2', currency: 'CNY', parts: '0', labour: '0', freight: '70', writeOff: '0', total: '70', entries: 1 },
    ]);
    expect(byCustomer.totals).toEqual([
      { currency: 'CNY', total: '80', entries: 4 },
      { currency: 'USD', total: '5', entries: 1 },
    ]);
    for (const groupBy of ['customer', 'region', 'rep', 'department', 'party'] as const) {
      const report = costReport(entries, groupBy, '2026-03-01', '2026-03-31');
      const cny = report.rows.filter((r) => r.currency === 'CNY').reduce((sum, r) => sum + BigInt(r.total), 0n);
      expect(cny).toBe(80n);
    }
    expect(costReport(entries, 'rep', '2026-03-01', '2026-03-31').rows.map((r) => r.key)).toEqual(['(company)', '(customer)', 'rep-1']);
  });
});
