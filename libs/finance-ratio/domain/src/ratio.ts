import { exceeds, parseFraction, ratioString } from './money';
import { Period, inPeriod, localDateIn, periodAt } from './period';
import { FinanceRatioPolicy, LimitSource, MovementKind, financeRatioPolicyVersion, limitFor } from './policy';

/** One line of a purchase document: quantity in units, price in minor units of the document's currency (integer strings). */
export interface PurchaseLine {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPriceMinor: string;
  /** quantity × unit price, in minor units. */
  readonly amountMinor: string;
}

/** A purchase document from the sales system (the ratio's denominator), as recorded. */
export interface PurchaseDocument {
  readonly documentNumber: string;
  /** The document's date in the sales system (a local date in the policy's zone). */
  readonly documentDate: string;
  readonly region: string;
  readonly contractNumber: string | null;
  readonly salesRepId: string | null;
  readonly currency: string;
  readonly lines: readonly PurchaseLine[];
}

/**
 * Where a movement came from: the published event that caused it (its id and type), and the QA case
 * (a disposition) or the return request and its line (a booked return; the case is then null).
 */
export interface MovementSource {
  readonly eventType: string;
  readonly eventId: string;
  readonly caseId: string | null;
  /** A booked return's request and receipt-note line (absent on a disposition's movement). */
  readonly returnRequestId?: string;
  readonly lineId?: string;
}

/** An exchange or return (the numerator), valued at the price the customer paid for the model. */
export interface Movement {
  readonly movementId: string;
  readonly kind: MovementKind;
  readonly quantity: number;
  readonly model: string;
  readonly serialNumber: string | null;
  readonly contractNumber: string | null;
  /** When it happened (the source event's time) and its local date in the policy's zone. */
  readonly occurredAt: string;
  readonly occurredOn: string;
  /**
   * quantity × the unit price of the purchase line it was valued from (a disposition), or the
   * booked line's own amounts (a booked return, `documentNumber` its delivery document or receipt
   * note); null when no purchase of the model is known.
   */
  readonly value: { readonly currency: string; readonly amountMinor: string; readonly unitPriceMinor: string; readonly documentNumber: string } | null;
  readonly source: MovementSource;
}

/** The sums of one currency (minor units, integer strings). */
export interface AmountFigures {
  readonly currency: string;
  readonly exchangedMinor: string;
  readonly returnedMinor: string;
  readonly numeratorMinor: string;
  readonly purchasedMinor: string;
  /** numerator / purchased to 6 places (display); null when nothing was purchased. */
  readonly ratio: string | null;
  readonly exceeded: boolean;
}

/**
 * A customer's ratio at one moment (FR-1): the figures, the limit and where it came from, whether
 * it is exceeded, and the policy version. Published as the ratio snapshot (libs/contracts).
 */
export interface RatioSnapshot {
  readonly customerId: string;
  readonly region: string;
  readonly period: Period;
  readonly quantity: {
    readonly exchanged: number;
    readonly returned: number;
    readonly numerator: number;
    readonly purchased: number;
    readonly ratio: string | null;
    readonly exceeded: boolean;
  };
  readonly amounts: readonly AmountFigures[];
  readonly limit: { readonly quantity: string; readonly amount: string; readonly source: LimitSource };
  /** Over the limit on quantity or on the amount of any currency. */
  readonly overLimit: boolean;
  /** Movements in the period with no purchase to value them from (counted in quantity only). */
  readonly unvaluedMovements: number;
  readonly purchaseDocuments: number;
  readonly movements: number;
  readonly policyVersion: string;
}

/** The snapshot with the documents and movements behind it: GET /finance/ratios/{customer}. */
export interface RatioExplanation extends RatioSnapshot {
  readonly asOf: string;
  readonly documents: readonly { readonly documentNumber: string; readonly documentDate: string; readonly currency: string; readonly quantity: number; readonly amountMinor: string; readonly contractNumber: string | null }[];
  readonly movementDetails: readonly Movement[];
}

export interface RatioInputs {
  readonly customerId: string;
  readonly region: string;
  readonly purchases: Iterable<PurchaseDocument>;
  readonly movements: Iterable<Movement>;
}

// rule FR-1: exchanged and returned vs purchased, by quantity and by amount, over the policy's period, against the permitted ratio
/**
 * The ratio at `now` under `policy`, exactly: quantities and minor units summed as bigint, the limit
 * compared by cross-multiplication (a ratio equal to the limit is within it).
 */
export function explainRatio(inputs: RatioInputs, policy: FinanceRatioPolicy, now: Date): RatioExplanation {
  const period = periodAt(policy.period, localDateIn(policy.timeZone, now));
  const contracts = new Set<string>();
  const documents: RatioExplanation['documents'][number][] = [];
  const sums = new Map<string, { exchanged: bigint; returned: bigint; purchased: bigint }>();
  const sumOf = (currency: string) => {
    let s = sums.get(currency);
    if (!s) sums.set(currency, (s = { exchanged: 0n, returned: 0n, purchased: 0n }));
    return s;
  };
  let purchased = 0n;
  for (const doc of inputs.purchases) {
    if (doc.contractNumber) contracts.add(doc.contractNumber);
    if (!inPeriod(period, doc.documentDate)) continue;
    let quantity = 0n;
    let amount = 0n;
    for (const line of doc.lines) {
      quantity += BigInt(line.quantity);
      amount += BigInt(line.amountMinor);
    }
    purchased += quantity;
    sumOf(doc.currency).purchased += amount;
    documents.push({ documentNumber: doc.documentNumber, documentDate: doc.documentDate, currency: doc.currency, quantity: Number(quantity), amountMinor: amount.toString(), contractNumber: doc.contractNumber });
  }
  let exchanged = 0n;
  let returned = 0n;
  let unvalued = 0;
  const movementDetails: Movement[] = [];
  // rule FR-1: a case counts once. A booked return of a QA case whose disposition the account counted
  // (a policy before 2026.2 counted dispositions; the switch sees both, ADR 018) is kept but not counted,
  // until that disposition's movement is withdrawn.
  const countedByDisposition = new Set([...inputs.movements].flatMap((m) => (m.source.returnRequestId === undefined && m.source.caseId ? [m.source.caseId] : [])));
  for (const m of inputs.movements) {
    if (!inPeriod(period, m.occurredOn)) continue;
    if (m.source.returnRequestId !== undefined && m.source.caseId && countedByDisposition.has(m.source.caseId)) continue;
    movementDetails.push(m);
    if (m.kind === 'exchanged') exchanged += BigInt(m.quantity);
    else returned += BigInt(m.quantity);
    if (!m.value) {
      unvalued++;
      continue;
    }
    const s = sumOf(m.value.currency);
    if (m.kind === 'exchanged') s.exchanged += BigInt(m.value.amountMinor);
    else s.returned += BigInt(m.value.amountMinor);
  }
  const limit = limitFor(policy, inputs.customerId, inputs.region, contracts);
  const quantityLimit = parseFraction(limit.quantity);
  const amountLimit = parseFraction(limit.amount);
  const numerator = exchanged + returned;
  const quantity = { exchanged: Number(exchanged), returned: Number(returned), numerator: Number(numerator), purchased: Number(purchased), ratio: ratioString(numerator, purchased), exceeded: exceeds(numerator, purchased, quantityLimit) };
  const amounts = [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, s]): AmountFigures => {
      const n = s.exchanged + s.returned;
      return {
        currency,
        exchangedMinor: s.exchanged.toString(),
        returnedMinor: s.returned.toString(),
        numeratorMinor: n.toString(),
        purchasedMinor: s.purchased.toString(),
        ratio: ratioString(n, s.purchased),
        exceeded: exceeds(n, s.purchased, amountLimit),
      };
    });
  movementDetails.sort((a, b) => (a.occurredAt === b.occurredAt ? (a.movementId < b.movementId ? -1 : 1) : a.occurredAt < b.occurredAt ? -1 : 1));
  documents.sort((a, b) => (a.documentDate === b.documentDate ? (a.documentNumber < b.documentNumber ? -1 : 1) : a.documentDate < b.documentDate ? -1 : 1));
  return {
    customerId: inputs.customerId,
    region: inputs.region,
    period,
    quantity,
    amounts,
    limit,
    overLimit: quantity.exceeded || amounts.some((a) => a.exceeded),
    unvaluedMovements: unvalued,
    purchaseDocuments: documents.length,
    movements: movementDetails.length,
    policyVersion: financeRatioPolicyVersion(policy),
    asOf: now.toISOString(),
    documents,
    movementDetails,
  };
}

/** The snapshot of an explanation (what is stored and published: no document lists). */
export function snapshotOf(explanation: RatioExplanation): RatioSnapshot {
  const { asOf: _asOf, documents: _documents, movementDetails: _movements, ...snapshot } = explanation;
  return snapshot;
}

/** Whether two snapshots say the same (canonical JSON: a store may hand back keys in another order). */
export function sameSnapshot(a: RatioSnapshot | null, b: RatioSnapshot): boolean {
  return a !== null && canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
