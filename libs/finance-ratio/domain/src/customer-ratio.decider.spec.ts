import { FINANCE_RATIO } from './errors';
import { CustomerRatioCommand, CustomerRatioEvent, MovementReport, alertIdFor, customerAccountId, customerRatioDecider } from './customer-ratio.decider';
import { customerRatioObligationChanges } from './obligations';
import { FinanceRatioPolicy } from './policy';
import { PurchaseDocument, explainRatio } from './ratio';
import { defaultPolicy, errorOf, policyWith, scenario } from './testing-fixtures';

const ACCOUNT = customerAccountId('acme', 'C-1');
/** Thursday 5 March 2026, 10:00 in Shanghai. */
const NOW = new Date('2026-03-05T02:00:00.000Z');

function doc(documentNumber: string, lines: { sku?: string; quantity: number; unitPriceMinor: string }[], overrides: Partial<PurchaseDocument> = {}): PurchaseDocument {
  return {
    documentNumber,
    documentDate: '2026-03-02',
    region: 'cn-east',
    contractNumber: null,
    salesRepId: 'rep-1',
    currency: 'CNY',
    lines: lines.map((l) => ({ sku: l.sku ?? 'PX-200', quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, amountMinor: (BigInt(l.unitPriceMinor) * BigInt(l.quantity)).toString() })),
    ...overrides,
  };
}

const purchases = (documents: PurchaseDocument[], policy: FinanceRatioPolicy = defaultPolicy, now = NOW): CustomerRatioCommand => ({
  type: 'RecordPurchases',
  accountId: ACCOUNT,
  customerId: 'C-1',
  documents,
  source: 'api',
  policy,
  now,
});

let eventNo = 0;
function movement(caseId: string, overrides: Partial<MovementReport> = {}, policy: FinanceRatioPolicy = defaultPolicy, now = NOW): CustomerRatioCommand {
  eventNo++;
  return {
    type: 'RecordMovement',
    accountId: ACCOUNT,
    customerId: 'C-1',
    region: 'cn-east',
    movement: {
      movementId: caseId,
      kind: 'exchanged',
      quantity: 1,
      model: 'PX-200',
      serialNumber: null,
      contractNumber: null,
      occurredAt: NOW.toISOString(),
      source: { eventType: 'qa.public.DispositionDecided', eventId: `ev-${eventNo}`, caseId },
      ...overrides,
    },
    policy,
    now,
  };
}

const types = (events: readonly CustomerRatioEvent[]) => events.map((e) => e.type);
const of = <T extends CustomerRatioEvent['type']>(events: readonly CustomerRatioEvent[], type: T) => events.filter((e): e is Extract<CustomerRatioEvent, { type: T }> => e.type === type);

describe('FR-1 purchases: the denominator, idempotent by document number', () => {
  const { given, when } = scenario(customerRatioDecider);
  const hundred = doc('SO-1', [{ quantity: 100, unitPriceMinor: '1000' }]);

  it('FR-1 records a document once and evaluates the ratio with the policy version', () => {
    const events = when([], purchases([hundred]));
    expect(types(events)).toEqual(['finance-ratio.PurchaseRecorded', 'finance-ratio.RatioEvaluated']);
    const [evaluated] = of(events, 'finance-ratio.RatioEvaluated');
    expect(evaluated.policyVersion).toBe('finance-ratio-default@2026.2');
    expect(evaluated.data).toMatchObject({ customerId: 'C-1', sequence: 1, openAlertId: null });
    expect(evaluated.data.snapshot).toMatchObject({
      period: { kind: 'month', from: '2026-03-01', to: '2026-03-31' },
      quantity: { exchanged: 0, returned: 0, numerator: 0, purchased: 100, ratio: '0.000000', exceeded: false },
      amounts: [{ currency: 'CNY', purchasedMinor: '100000', numeratorMinor: '0', exceeded: false }],
      limit: { quantity: '0.05', amount: '0.05', source: { kind: 'default' } },
      overLimit: false,
    });
  });

  it('FR-1 the same document again records nothing, in another batch or the same one', () => {
    expect(when([purchases([hundred])], purchases([hundred]))).toEqual([]);
    expect(types(when([], purchases([hundred, hundred])))).toEqual(['finance-ratio.PurchaseRecorded', 'finance-ratio.RatioEvaluated']);
  });

  it('FR-1 a changed document is a correction event naming the previous contents, never an edit', () => {
    const changed = doc('SO-1', [{ quantity: 80, unitPriceMinor: '1000' }]);
    const events = when([purchases([hundred])], purchases([changed]));
    expect(types(events)).toEqual(['finance-ratio.PurchaseCorrected', 'finance-ratio.RatioEvaluated']);
    const [corrected] = of(events, 'finance-ratio.PurchaseCorrected');
    expect(corrected.data).toMatchObject({ correction: 1, document: changed, previous: hundred });
    expect(of(events, 'finance-ratio.RatioEvaluated')[0].data.snapshot.quantity.purchased).toBe(80);
    // A second correction is numbered on; the first purchase stays on record in the stream.
    const { events: history } = given(purchases([hundred]), purchases([changed]), purchases([hundred]));
    expect(of(history, 'finance-ratio.PurchaseCorrected').map((e) => e.data.correction)).toEqual([1, 2]);
  });

  it('FR-1 only documents dated within the period count; the sums are exact over many lines', () => {
    const february = doc('SO-0', [{ quantity: 1000, unitPriceMinor: '1' }], { documentDate: '2026-02-28' });
    const cents = doc('SO-2', Array.from({ length: 10 }, () => ({ quantity: 1, unitPriceMinor: '1' })));
    const { state } = given(purchases([february, cents]));
    if (state.status === 'none') throw new Error('tracked');
    expect(state.lastSnapshot?.quantity.purchased).toBe(10);
    expect(state.lastSnapshot?.amounts[0].purchasedMinor).toBe('10');
  });
});

describe('FR-1 the ratio: exchanged and returned vs purchased, against the region or contract limit', () => {
  const { given, when } = scenario(customerRatioDecider);

  it('FR-1 values an exchange at the unit price the customer paid for the model, preferring the contract it names', () => {
    const plain = doc('SO-1', [{ quantity: 10, unitPriceMinor: '1000' }], { documentDate: '2026-03-03' });
    const contract = doc('SO-2', [{ quantity: 10, unitPriceMinor: '900' }], { documentDate: '2026-03-01', contractNumber: 'HT-9' });
    const events = when([purchases([plain, contract])], movement('case-1', { quantity: 2, contractNumber: 'HT-9' }));
    const [recorded] = of(events, 'finance-ratio.MovementRecorded');
    expect(recorded.data.movement.value).toEqual({ currency: 'CNY', unitPriceMinor: '900', amountMinor: '1800', documentNumber: 'SO-2' });
    const noContract = of(when([purchases([plain, contract])], movement('case-2')), 'finance-ratio.MovementRecorded')[0];
    expect(noContract.data.movement.value?.documentNumber).toBe('SO-1');
    // A model never bought counts in quantity and is reported as unvalued.
    const unknown = when([purchases([plain])], movement('case-3', { model: 'ZZ-1' }));
    expect(of(unknown, 'finance-ratio.MovementRecorded')[0].data.movement.value).toBeNull();
    expect(of(unknown, 'finance-ratio.RatioEvaluated')[0].data.snapshot.unvaluedMovements).toBe(1);
  });

  it('FR-1 0.10 + 0.20 exchanged of 1.00 purchased against an amount limit of 0.3 is exactly at the limit: within it', () => {
    const policy = policyWith({ limits: { default: { quantity: '1', amount: '0.3' }, regions: {}, contracts: [] } });
    const bought = doc('SO-1', [
      { sku: 'A', quantity: 1, unitPriceMinor: '10' },
      { sku: 'B', quantity: 1, unitPriceMinor: '20' },
      { sku: 'C', quantity: 1, unitPriceMinor: '70' },
    ]);
    const { state } = given(purchases([bought], policy), movement('case-a', { model: 'A' }, policy), movement('case-b', { model: 'B' }, policy));
    if (state.status === 'none') throw new Error('tracked');
    expect(state.lastSnapshot?.amounts[0]).toMatchObject({ numeratorMinor: '30', purchasedMinor: '100', ratio: '0.300000', exceeded: false });
    expect(state.status).toBe('within_limit');
    // One more cent of exchange is over it.
    const oneCent = doc('SO-2', [{ sku: 'D', quantity: 1, unitPriceMinor: '1' }]);
    const over = given(purchases([bought], policy), movement('case-a', { model: 'A' }, policy), movement('case-b', { model: 'B' }, policy), purchases([oneCent], policy), movement('case-d', { model: 'D' }, policy));
    // 31 of 101 > 0.3
    expect(over.state.status).toBe('over_limit');
  });

  it('FR-1 quantity exactly at the limit (5 of 100) is within it; the sixth exchange crosses it', () => {
    const hundred = doc('SO-1', [{ quantity: 100, unitPriceMinor: '100000' }]);
    const five = [1, 2, 3, 4, 5].map((n) => movement(`case-${n}`));
    const { state } = given(purchases([hundred]), ...five);
    expect(state.status).toBe('within_limit');
    const events = when([purchases([hundred]), ...five], movement('case-6'));
    expect(types(events)).toEqual(['finance-ratio.MovementRecorded', 'finance-ratio.RatioAlertRaised', 'finance-ratio.RatioEvaluated']);
  });

  it('FR-1 a region limit applies to the customer region, and a contract override beats it', () => {
    const policy = policyWith({
      limits: { default: { quantity: '0.05', amount: '0.05' }, regions: { 'cn-east': { quantity: '0.10', amount: '0.10' } }, contracts: [{ contractNumber: 'HT-1', customerId: 'C-1', quantity: '0.20', amount: '0.20' }] },
    });
    const regional = given(purchases([doc('SO-1', [{ quantity: 10, unitPriceMinor: '100' }])], policy)).state;
    if (regional.status === 'none') throw new Error('tracked');
    expect(regional.lastSnapshot?.limit).toEqual({ quantity: '0.10', amount: '0.10', source: { kind: 'region', region: 'cn-east' } });
    const contracted = given(purchases([doc('SO-1', [{ quantity: 10, unitPriceMinor: '100' }], { contractNumber: 'HT-1' })], policy)).state;
    if (contracted.status === 'none') throw new Error('tracked');
    expect(contracted.lastSnapshot?.limit).toEqual({ quantity: '0.20', amount: '0.20', source: { kind: 'contract', contractNumber: 'HT-1' } });
    const elsewhere = given(purchases([doc('SO-1', [{ quantity: 10, unitPriceMinor: '100' }], { region: 'cn-north' })], policy)).state;
    if (elsewhere.status === 'none') throw new Error('tracked');
    expect(elsewhere.lastSnapshot?.limit.source).toEqual({ kind: 'default' });
  });

  it('FR-1 a rolling period counts the last N local days: an exchange drops out when it ages past them', () => {
    const policy = policyWith({ period: { kind: 'rolling_days', days: 7 } });
    const bought = doc('SO-1', [{ quantity: 10, unitPriceMinor: '100' }], { documentDate: '2026-03-01' });
    const state = given(purchases([bought], policy), movement('case-1', {}, policy)).state;
    if (state.status === 'none') throw new Error('tracked');
    const inputs = { customerId: 'C-1', region: 'cn-east', purchases: [bought], movements: [...state.movements.values()].map((m) => m.movement) };
    expect(explainRatio(inputs, policy, NOW).quantity).toMatchObject({ numerator: 1, purchased: 10 });
    const later = explainRatio(inputs, policy, new Date('2026-03-12T02:00:00.000Z'));
    expect(later.period).toEqual({ kind: 'rolling_days', from: '2026-03-06', to: '2026-03-12' });
    expect(later.quantity).toMatchObject({ numerator: 0, purchased: 0 });
  });

  it('FR-1 the same movement reported twice changes nothing; a changed one is a correction; one no longer counted is withdrawn', () => {
    const bought = purchases([doc('SO-1', [{ quantity: 100, unitPriceMinor: '100' }])]);
    expect(when([bought, movement('case-1')], movement('case-1'))).toEqual([]);
    expect(types(when([bought, movement('case-1')], movement('case-1', { kind: 'returned' })))).toEqual(['finance-ratio.MovementCorrected', 'finance-ratio.RatioEvaluated']);
    expect(types(when([bought, movement('case-1')], movement('case-1', { kind: null })))).toEqual(['finance-ratio.MovementWithdrawn', 'finance-ratio.RatioEvaluated']);
    expect(when([bought], movement('case-9', { kind: null }))).toEqual([]);
  });
});

describe('FR-2 alerts: exactly one per crossing, cleared back under, a new one on crossing again', () => {
  const { given, when } = scenario(customerRatioDecider);
  const hundred = doc('SO-1', [{ quantity: 100, unitPriceMinor: '100' }]);
  const six = [1, 2, 3, 4, 5, 6].map((n) => movement(`case-${n}`));

  it('FR-2 raises one alert, addressed to the business head and leadership, and no second while over', () => {
    const { events, state } = given(purchases([hundred]), ...six, movement('case-7'), movement('case-8'));
    const raised = of(events, 'finance-ratio.RatioAlertRaised');
    expect(raised).toHaveLength(1);
    expect(raised[0].id).toBe(alertIdFor(ACCOUNT, 1));
    expect(raised[0].data).toMatchObject({ alertId: alertIdFor(ACCOUNT, 1), crossing: 1, recipients: ['business_head', 'general_manager'], region: 'cn-east' });
    expect(state).toMatchObject({ status: 'over_limit', openAlert: { crossing: 1 } });
    const lastSnapshot = of(events, 'finance-ratio.RatioEvaluated').at(-1);
    expect(lastSnapshot?.data.openAlertId).toBe(alertIdFor(ACCOUNT, 1));
  });

  it('FR-2 falling back under clears the alert; crossing again raises a new one', () => {
    const more = doc('SO-2', [{ quantity: 100, unitPriceMinor: '100' }]);
    const cleared = when([purchases([hundred]), ...six], purchases([more]));
    expect(types(cleared)).toEqual(['finance-ratio.PurchaseRecorded', 'finance-ratio.RatioAlertCleared', 'finance-ratio.RatioEvaluated']);
    expect(of(cleared, 'finance-ratio.RatioAlertCleared')[0].data).toMatchObject({ alertId: alertIdFor(ACCOUNT, 1), crossing: 1 });
    const five = [7, 8, 9, 10, 11].map((n) => movement(`case-${n}`));
    // 6 of 200 is within 5 %; five more make 11 of 200, over it again.
    const { events, state } = given(purchases([hundred]), ...six, purchases([more]), ...five);
    const raised = of(events, 'finance-ratio.RatioAlertRaised');
    expect(raised.map((e) => e.data.crossing)).toEqual([1, 2]);
    expect(raised[1].data.alertId).toBe(alertIdFor(ACCOUNT, 2));
    expect(raised[1].data.alertId).not.toBe(raised[0].data.alertId);
    expect(state).toMatchObject({ status: 'over_limit', crossings: 2 });
  });

  it('FR-2 acknowledges an alert with a comment, once; an unknown alert or customer is not found', () => {
    const history = [purchases([hundred]), ...six];
    const ack: CustomerRatioCommand = { type: 'AcknowledgeAlert', accountId: ACCOUNT, alertId: alertIdFor(ACCOUNT, 1), comment: 'Spoke to the customer', by: 'bh-1', now: NOW };
    expect(when(history, ack)).toEqual([
      { type: 'finance-ratio.RatioAlertAcknowledged', data: { customerId: 'C-1', alertId: alertIdFor(ACCOUNT, 1), comment: 'Spoke to the customer', acknowledgedBy: 'bh-1', acknowledgedAt: NOW.toISOString() } },
    ]);
    expect(errorOf(() => when([...history, ack], ack))).toMatchObject({ code: FINANCE_RATIO.ALERT_ALREADY_ACKNOWLEDGED });
    expect(errorOf(() => when(history, { ...ack, alertId: alertIdFor(ACCOUNT, 2) }))).toMatchObject({ code: FINANCE_RATIO.ALERT_NOT_FOUND });
    expect(errorOf(() => when([], ack))).toMatchObject({ code: FINANCE_RATIO.CUSTOMER_NOT_FOUND });
  });

  it('FR-2 re-evaluation when the period moves on clears an alert whose exchanges left the period', () => {
    const history = [purchases([hundred]), ...six];
    const april = new Date('2026-04-02T02:00:00.000Z');
    const events = when(history, { type: 'Reevaluate', accountId: ACCOUNT, policy: defaultPolicy, now: april });
    expect(types(events)).toEqual(['finance-ratio.RatioAlertCleared', 'finance-ratio.RatioEvaluated']);
    expect(of(events, 'finance-ratio.RatioEvaluated')[0].data.snapshot.period).toEqual({ kind: 'month', from: '2026-04-01', to: '2026-04-30' });
    expect(when([...history, { type: 'Reevaluate', accountId: ACCOUNT, policy: defaultPolicy, now: april }], { type: 'Reevaluate', accountId: ACCOUNT, policy: defaultPolicy, now: april })).toEqual([]);
  });
});

describe('FR-1 the ratio is evaluated again when its period moves on', () => {
  const { given } = scenario(customerRatioDecider);
  const evaluated = (policy: FinanceRatioPolicy) =>
    of(given(purchases([doc('SO-1', [{ quantity: 10, unitPriceMinor: '100' }])], policy)).events, 'finance-ratio.RatioEvaluated')[0];

  it('FR-1 a snapshot owes the next evaluation at the start of the next period in the policy zone (Shanghai midnight)', () => {
    const changes = customerRatioObligationChanges(defaultPolicy);
    expect(changes(evaluated(defaultPolicy))).toEqual([{ kind: 'open', obligation: 'reevaluate', dueAt: '2026-03-31T16:00:00.000Z' }]);
    const rolling = policyWith({ period: { kind: 'rolling_days', days: 30 } });
    expect(customerRatioObligationChanges(rolling)(evaluated(rolling))).toEqual([{ kind: 'open', obligation: 'reevaluate', dueAt: '2026-03-05T16:00:00.000Z' }]);
    expect(changes(of(given(purchases([doc('SO-1', [{ quantity: 10, unitPriceMinor: '100' }])])).events, 'finance-ratio.PurchaseRecorded')[0])).toEqual([]);
  });
});
