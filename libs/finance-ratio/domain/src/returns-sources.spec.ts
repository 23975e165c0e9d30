import { PolicyError } from '@aftersales/policy';
import { CustomerRatioCommand, CustomerRatioEvent, customerAccountId, customerRatioDecider } from './customer-ratio.decider';
import { attribute, costEntryDecider } from './cost-entry.decider';
import { DEFAULT_FINANCE_RATIO_POLICY_YAML, FinanceRatioPolicy, countedTwice, financeRatioPolicyVersion, parseFinanceRatioPolicy } from './policy';
import { explainRatio } from './ratio';
import { BookedReturnFacts, bookedMovementId, bookedMovements, qualityCostAttribution, qualityCostEntryId } from './returns-sources';
import { defaultPolicy, errorOf, scenario } from './testing-fixtures';

const ACCOUNT = customerAccountId('acme', 'C-1');
/** Thursday 5 March 2026, 10:00 in Shanghai. */
const NOW = new Date('2026-03-05T02:00:00.000Z');
const RETURN = '0190f5c2-0000-7000-8000-00000000b001';

/** The policy as it was before warehouse-returns booked returns: dispositions counted, no `returns`. */
const POLICY_2026_1_YAML = DEFAULT_FINANCE_RATIO_POLICY_YAML.replace('version: "2026.2"', 'version: "2026.1"')
  .replace('dispositions: {}', 'dispositions:\n  exchange: exchanged\n  refund: returned')
  .replace(/\nreturns:\n( {2}.*\n)+/, '\n');
const policy20261 = parseFinanceRatioPolicy(POLICY_2026_1_YAML, '2026.1');

const booking = (lines: Partial<BookedReturnFacts['lines'][number]>[], eventId = 'ev-book-1'): BookedReturnFacts => ({
  eventId,
  eventType: 'warehouse-returns.public.ReturnBookedIn',
  returnRequestId: RETURN,
  receiptNoteNumber: 'RN-2026-0001',
  bookedAt: NOW.toISOString(),
  lines: lines.map((l, i) => ({ lineId: `L${i + 1}`, sku: 'PX-200', quantity: 2, currency: 'CNY', unitPriceMinor: '100000', amountMinor: '200000', outcome: 'exchange', deliveryDocument: 'SO-1', ...l })),
});

const record = (movements: ReturnType<typeof bookedMovements>, policy: FinanceRatioPolicy = defaultPolicy): CustomerRatioCommand => ({
  type: 'RecordMovements',
  accountId: ACCOUNT,
  customerId: 'C-1',
  region: 'cn-east',
  movements,
  policy,
  now: NOW,
});
const purchase: CustomerRatioCommand = {
  type: 'RecordPurchases',
  accountId: ACCOUNT,
  customerId: 'C-1',
  documents: [{ documentNumber: 'SO-1', documentDate: '2026-03-02', region: 'cn-east', contractNumber: null, salesRepId: 'rep-1', currency: 'CNY', lines: [{ sku: 'PX-200', quantity: 200, unitPriceMinor: '90000', amountMinor: '18000000' }] }],
  source: 'api',
  policy: defaultPolicy,
  now: NOW,
};

/** QA's exchange disposition of case-1, counted under 2026.1 (before booked returns were counted). */
const dispositionUnderOld: CustomerRatioCommand = {
  type: 'RecordMovement',
  accountId: ACCOUNT,
  customerId: 'C-1',
  region: 'cn-east',
  movement: { movementId: 'case-1', kind: 'exchanged', quantity: 1, model: 'PX-200', serialNumber: null, contractNumber: null, occurredAt: NOW.toISOString(), source: { eventType: 'qa.public.DispositionDecided', eventId: 'ev-d-1', caseId: 'case-1' } },
  policy: policy20261,
  now: NOW,
};

const { given, when } = scenario(customerRatioDecider);
const types = (events: readonly CustomerRatioEvent[]) => events.map((e) => e.type);

describe('FR-1 booked returns (warehouse-returns.public.ReturnBookedIn) in the customer ratio', () => {
  it('FR-1 the 2026.2 default counts exchange as exchanged and refund, restock, write_off as returned, valued at the line\'s amounts', () => {
    const lines = booking([{ outcome: 'exchange' }, { outcome: 'refund', quantity: 1, amountMinor: '100000' }, { outcome: 'restock', quantity: 1, amountMinor: '100000' }, { outcome: 'write_off', quantity: 1, amountMinor: '100000', deliveryDocument: null }]);
    const movements = bookedMovements(lines, defaultPolicy);
    expect(movements.map((m) => [m.movementId, m.kind, m.quantity])).toEqual([
      [bookedMovementId(RETURN, 'L1'), 'exchanged', 2],
      [bookedMovementId(RETURN, 'L2'), 'returned', 1],
      [bookedMovementId(RETURN, 'L3'), 'returned', 1],
      [bookedMovementId(RETURN, 'L4'), 'returned', 1],
    ]);
    expect(movements[0].value).toEqual({ currency: 'CNY', amountMinor: '200000', unitPriceMinor: '100000', documentNumber: 'SO-1' });
    expect(movements[3].value?.documentNumber).toBe('RN-2026-0001');
    expect(movements[0].source).toEqual({ eventType: 'warehouse-returns.public.ReturnBookedIn', eventId: 'ev-book-1', caseId: null, returnRequestId: RETURN, lineId: 'L1' });

    // One evaluation after all the note's lines; the amounts are the lines' (not the purchase price 900.00).
    const events = when([purchase], record(movements));
    expect(types(events)).toEqual([...Array(4).fill('finance-ratio.MovementRecorded'), 'finance-ratio.RatioEvaluated']);
    const evaluated = events.at(-1) as Extract<CustomerRatioEvent, { type: 'finance-ratio.RatioEvaluated' }>;
    expect(evaluated.data.snapshot.quantity).toMatchObject({ exchanged: 2, returned: 3, numerator: 5, purchased: 200 });
    expect(evaluated.data.snapshot.amounts[0]).toMatchObject({ exchangedMinor: '200000', returnedMinor: '300000' });
    expect(evaluated.policyVersion).toBe('finance-ratio-default@2026.2');
  });

  it('FR-1 the same receipt note again, or under another event id, records nothing', () => {
    const first = record(bookedMovements(booking([{}, { outcome: 'refund' }]), defaultPolicy));
    expect(when([purchase, first], record(bookedMovements(booking([{}, { outcome: 'refund' }], 'ev-book-2'), defaultPolicy)))).toEqual([]);
  });

  it('FR-1 a line whose outcome the policy does not count is not counted', () => {
    const policy = { ...defaultPolicy, returns: { exchange: 'exchanged' as const } };
    const movements = bookedMovements(booking([{}, { outcome: 'restock' }]), policy);
    expect(movements.map((m) => m.kind)).toEqual(['exchanged', null]);
    expect(types(when([purchase], record(movements, policy)))).toEqual(['finance-ratio.MovementRecorded', 'finance-ratio.RatioEvaluated']);
  });

  it('FR-1 a policy before 2026.2 counts no booked return (it counts the dispositions instead)', () => {
    expect(policy20261.returns).toBeUndefined();
    expect(policy20261.dispositions).toEqual({ exchange: 'exchanged', refund: 'returned' });
    expect(bookedMovements(booking([{}]), policy20261)).toEqual([]);
  });

  it('FR-1 the 2026.2 default counts no disposition warehouse-returns takes up; a policy that counts both is refused at load', () => {
    expect(defaultPolicy.dispositions).toEqual({});
    expect(countedTwice(defaultPolicy)).toEqual([]);
    const both = DEFAULT_FINANCE_RATIO_POLICY_YAML.replace('dispositions: {}', 'dispositions:\n  exchange: exchanged\n  replenish: exchanged');
    const refused = errorOf(() => parseFinanceRatioPolicy(both, 'both.yaml'));
    expect(refused).toBeInstanceOf(PolicyError);
    expect((refused as PolicyError).problems).toEqual([{ path: '/dispositions/exchange', reason: expect.stringContaining('counts them twice') }]);
    // replenish is not taken up by warehouse-returns: counting it beside the bookings is allowed.
    expect(countedTwice(parseFinanceRatioPolicy(DEFAULT_FINANCE_RATIO_POLICY_YAML.replace('dispositions: {}', 'dispositions:\n  replenish: exchanged'), 'r'))).toEqual([]);
  });

  it('FR-1 a movement decided under 2026.1 keeps its meaning on replay under 2026.2: folded, it still counts as it was decided', () => {
    const { state, events } = given(purchase, dispositionUnderOld);
    expect(events.filter((e) => e.type === 'finance-ratio.RatioEvaluated').at(-1)?.policyVersion).toBe(financeRatioPolicyVersion(policy20261));
    if (state.status === 'none') throw new Error('the account exists');
    const replayed = explainRatio({ customerId: 'C-1', region: 'cn-east', purchases: [...state.purchases.values()].map((p) => p.document), movements: [...state.movements.values()].map((m) => m.movement) }, defaultPolicy, NOW);
    expect(replayed.quantity).toMatchObject({ exchanged: 1, numerator: 1 });
    expect(replayed.policyVersion).toBe('finance-ratio-default@2026.2');
  });

  it('FR-1 a case counts once across a 2026.1 → 2026.2 switch: the booked return of a case whose disposition was counted is kept but not counted, and counts once that disposition is withdrawn', () => {
    const ofCase = (caseId: string | null, eventId: string, returnRequestId = RETURN) => ({ ...booking([{}], eventId), caseId, returnRequestId });
    const numerator = (commands: CustomerRatioCommand[]) => {
      const { state } = given(...commands);
      if (state.status === 'none') throw new Error('the account exists');
      return explainRatio({ customerId: 'C-1', region: 'cn-east', purchases: [...state.purchases.values()].map((p) => p.document), movements: [...state.movements.values()].map((m) => m.movement) }, defaultPolicy, NOW).quantity.numerator;
    };
    // The return made from case-1's disposition, booked under 2026.2: recorded, and case-1 still counts once (its disposition's 1).
    const sameCase = bookedMovements(ofCase('case-1', 'ev-book-1'), defaultPolicy);
    expect(sameCase[0].source.caseId).toBe('case-1');
    // (Evaluated again under 2026.2, the policy its snapshot names.)
    expect(types(when([purchase, dispositionUnderOld], record(sameCase)))).toEqual(['finance-ratio.MovementRecorded', 'finance-ratio.RatioEvaluated']);
    expect(numerator([purchase, dispositionUnderOld, record(sameCase)])).toBe(1);
    // A later decision on case-1 withdraws the disposition's movement: the booked return (2 units) counts now, not nothing.
    const withdrawn: CustomerRatioCommand = { ...dispositionUnderOld, movement: { ...(dispositionUnderOld as Extract<CustomerRatioCommand, { type: 'RecordMovement' }>).movement, kind: null }, policy: defaultPolicy };
    expect(numerator([purchase, dispositionUnderOld, record(sameCase), withdrawn])).toBe(2);
    // Another case's return, and one entered by hand (no case), count beside the disposition.
    expect(numerator([purchase, dispositionUnderOld, record(bookedMovements(ofCase('case-2', 'ev-book-2', 'r-2'), defaultPolicy))])).toBe(3);
    expect(numerator([purchase, dispositionUnderOld, record(bookedMovements(ofCase(null, 'ev-book-3', 'r-3'), defaultPolicy))])).toBe(3);
    // Published before v1 carried the case (no caseId): finance cannot tell, and counts it.
    expect(bookedMovements(booking([{}]), defaultPolicy)[0].source.caseId).toBeNull();
  });
});

describe('FR-3 quality cost charged by warehouse-returns (WR-7)', () => {
  const charge = (kind: 'sales_rep' | 'department', id: string) => ({ returnRequestId: RETURN, lineId: 'L1', chargedTo: { kind, id } });

  it('FR-3 a write-off charged to the sales rep is the rep\'s cost; charged to the department, the sales department\'s, naming it', () => {
    const rep = qualityCostAttribution(charge('sales_rep', 'rep-7'));
    expect(rep).toEqual({ category: 'write_off', cause: 'unsold_customer_caused_return', salesRepId: 'rep-7', department: null });
    expect(attribute(rep.cause, rep.salesRepId, rep.department)).toEqual({ party: 'sales_rep', salesRepId: 'rep-7', cause: 'unsold_customer_caused_return' });
    const dept = qualityCostAttribution(charge('department', 'sales-east'));
    expect(attribute(dept.cause, dept.salesRepId, dept.department)).toEqual({ party: 'sales_department', salesRepId: null, cause: 'unsold_customer_caused_return', department: 'sales-east' });
    // Neither rep nor department: still refused, as for a manual entry.
    expect(errorOf(() => attribute('unsold_customer_caused_return', null, null))).toMatchObject({ code: 'FINANCE_RATIO.SALES_REP_REQUIRED' });
  });

  it('FR-3 one ledger entry per return line, whatever event carries it', () => {
    expect(qualityCostEntryId('acme', RETURN, 'L1')).toBe(qualityCostEntryId('acme', RETURN, 'L1'));
    expect(qualityCostEntryId('acme', RETURN, 'L2')).not.toBe(qualityCostEntryId('acme', RETURN, 'L1'));
    const entryId = qualityCostEntryId('acme', RETURN, 'L1');
    const [recorded] = costEntryDecider.decide(
      {
        type: 'Record',
        entry: {
          entryId,
          ...qualityCostAttribution(charge('department', 'sales-east')),
          amountMinor: '50000',
          currency: 'CNY',
          occurredOn: '2026-03-05',
          customerId: 'C-1',
          region: 'cn-east',
          caseRef: RETURN,
          source: { kind: 'returns_write_off', eventType: 'warehouse-returns.public.QualityCostCharged', eventId: 'ev-c-1' },
          adjusts: null,
          note: null,
          recordedBy: 'finance-ratio-returns',
          recordedAt: NOW.toISOString(),
        },
      },
      { status: 'none' },
    );
    expect(recorded.data).toMatchObject({ category: 'write_off', attribution: { party: 'sales_department', department: 'sales-east' } });
  });
});
