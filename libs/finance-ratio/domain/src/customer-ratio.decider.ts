import { FINANCE_RATIO_CUSTOMER_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainEvent, InvalidStateError, NotFoundError, deterministicUuid } from '@aftersales/eventsourcing';
import { CustomerRatioStatus, PurchaseSource } from './customer-ratio';
import { FINANCE_RATIO } from './errors';
import { localDateIn } from './period';
import { FinanceRatioPolicy, MovementKind, financeRatioPolicyVersion } from './policy';
import { Movement, MovementSource, PurchaseDocument, RatioSnapshot, canonical, explainRatio, sameSnapshot, snapshotOf } from './ratio';

/** Every customer account's stream: the published prefix (libs/contracts), then its id. */
export { FINANCE_RATIO_CUSTOMER_STREAM_PREFIX };
export const customerRatioStream = (accountId: string): string => `${FINANCE_RATIO_CUSTOMER_STREAM_PREFIX}${accountId}`;

/** A customer's account id within a tenant: customer ids are the sales system's, so the tenant is part of it. */
export function customerAccountId(tenantId: string, customerId: string): string {
  return deterministicUuid(tenantId, 'finance-ratio.customer', customerId);
}

/** An alert's id: the customer's account and the crossing's number, so a crossing has one alert whatever retries. */
export function alertIdFor(accountId: string, crossing: number): string {
  return deterministicUuid(customerRatioStream(accountId), 'alert', String(crossing));
}

// ---- events (finance-ratio's own store; the public subset is in libs/contracts) ----

export type PurchaseRecorded = DomainEvent<'finance-ratio.PurchaseRecorded', { readonly accountId: string; readonly customerId: string; readonly document: PurchaseDocument; readonly source: PurchaseSource }>;
/** A document number seen before with other contents: the new contents replace the old in the ratio; the old stay on record. */
export type PurchaseCorrected = DomainEvent<
  'finance-ratio.PurchaseCorrected',
  { readonly customerId: string; readonly document: PurchaseDocument; readonly previous: PurchaseDocument; readonly correction: number; readonly source: PurchaseSource }
>;
export type MovementRecorded = DomainEvent<'finance-ratio.MovementRecorded', { readonly accountId: string; readonly customerId: string; readonly movement: Movement }>;
export type MovementCorrected = DomainEvent<'finance-ratio.MovementCorrected', { readonly customerId: string; readonly movement: Movement; readonly previous: Movement; readonly correction: number }>;
/** A later decision on the case no longer counts it (e.g. the disposition became a repair). */
export type MovementWithdrawn = DomainEvent<'finance-ratio.MovementWithdrawn', { readonly customerId: string; readonly movementId: string; readonly source: MovementSource }>;
/** The ratio changed: the snapshot other contexts read (warehouse-returns' approval). */
export type RatioEvaluated = DomainEvent<
  'finance-ratio.RatioEvaluated',
  { readonly customerId: string; readonly sequence: number; readonly asOf: string; readonly snapshot: RatioSnapshot; readonly openAlertId: string | null }
>;
export type RatioAlertRaised = DomainEvent<
  'finance-ratio.RatioAlertRaised',
  {
    readonly customerId: string;
    readonly alertId: string;
    readonly crossing: number;
    readonly region: string;
    readonly recipients: readonly string[];
    /** The customer's sales reps when it was raised: they may read it (own customers only). */
    readonly salesRepIds: readonly string[];
    readonly raisedAt: string;
    readonly snapshot: RatioSnapshot;
  }
>;
export type RatioAlertCleared = DomainEvent<'finance-ratio.RatioAlertCleared', { readonly customerId: string; readonly alertId: string; readonly crossing: number; readonly clearedAt: string; readonly snapshot: RatioSnapshot }>;
export type RatioAlertAcknowledged = DomainEvent<
  'finance-ratio.RatioAlertAcknowledged',
  { readonly customerId: string; readonly alertId: string; readonly comment: string; readonly acknowledgedBy: string; readonly acknowledgedAt: string }
>;

export type CustomerRatioEvent =
  | PurchaseRecorded
  | PurchaseCorrected
  | MovementRecorded
  | MovementCorrected
  | MovementWithdrawn
  | RatioEvaluated
  | RatioAlertRaised
  | RatioAlertCleared
  | RatioAlertAcknowledged;

export const CUSTOMER_RATIO_EVENT_TYPES: readonly CustomerRatioEvent['type'][] = [
  'finance-ratio.PurchaseRecorded',
  'finance-ratio.PurchaseCorrected',
  'finance-ratio.MovementRecorded',
  'finance-ratio.MovementCorrected',
  'finance-ratio.MovementWithdrawn',
  'finance-ratio.RatioEvaluated',
  'finance-ratio.RatioAlertRaised',
  'finance-ratio.RatioAlertCleared',
  'finance-ratio.RatioAlertAcknowledged',
];

// ---- commands (`now` and the policy come in with the command) ----

/** An exchange or return as a source reported it; the decider values it from the customer's purchases. */
export interface MovementReport {
  readonly movementId: string;
  /** null: the source's latest decision does not count (a counted movement is withdrawn). */
  readonly kind: MovementKind | null;
  readonly quantity: number;
  readonly model: string;
  readonly serialNumber: string | null;
  readonly contractNumber: string | null;
  readonly occurredAt: string;
  readonly source: MovementSource;
  /** The value the source priced it at (a booked return's line); absent: valued from the customer's purchases (valueOf). */
  readonly value?: Movement['value'];
}

export type CustomerRatioCommand =
  | { readonly type: 'RecordPurchases'; readonly accountId: string; readonly customerId: string; readonly documents: readonly PurchaseDocument[]; readonly source: PurchaseSource; readonly policy: FinanceRatioPolicy; readonly now: Date }
  | { readonly type: 'RecordMovement'; readonly accountId: string; readonly customerId: string; readonly region: string; readonly movement: MovementReport; readonly policy: FinanceRatioPolicy; readonly now: Date }
  /** Several movements of one source at once (a receipt note's lines): one evaluation after them all. */
  | { readonly type: 'RecordMovements'; readonly accountId: string; readonly customerId: string; readonly region: string; readonly movements: readonly MovementReport[]; readonly policy: FinanceRatioPolicy; readonly now: Date }
  | { readonly type: 'AcknowledgeAlert'; readonly accountId: string; readonly alertId: string; readonly comment: string; readonly by: string; readonly now: Date }
  /** The period moved on or the policy changed: the same facts, evaluated again. */
  | { readonly type: 'Reevaluate'; readonly accountId: string; readonly policy: FinanceRatioPolicy; readonly now: Date };

// ---- state ----

export interface TrackedCustomer {
  readonly status: CustomerRatioStatus;
  readonly accountId: string;
  readonly customerId: string;
  /** The region of the latest purchase document (or of the first movement before any purchase). */
  readonly region: string;
  /** The sales reps named on its documents: they read this customer (sales, own customers only). */
  readonly salesRepIds: readonly string[];
  readonly purchases: ReadonlyMap<string, { readonly document: PurchaseDocument; readonly corrections: number }>;
  readonly movements: ReadonlyMap<string, { readonly movement: Movement; readonly corrections: number }>;
  readonly lastSnapshot: RatioSnapshot | null;
  /** Snapshots taken so far (the published `sequence`). */
  readonly evaluations: number;
  readonly crossings: number;
  readonly openAlert: { readonly alertId: string; readonly crossing: number } | null;
  readonly alerts: ReadonlyMap<string, { readonly crossing: number; readonly acknowledged: boolean }>;
}

export type CustomerRatioState = { readonly status: 'none' } | TrackedCustomer;

function tracked(state: CustomerRatioState, accountId: string): TrackedCustomer {
  if (state.status === 'none') throw new NotFoundError(FINANCE_RATIO.CUSTOMER_NOT_FOUND, `no purchases or movements are recorded for customer account ${accountId}`, { accountId });
  return state;
}

function fresh(accountId: string, customerId: string, region: string): TrackedCustomer {
  return { status: 'within_limit', accountId, customerId, region, salesRepIds: [], purchases: new Map(), movements: new Map(), lastSnapshot: null, evaluations: 0, crossings: 0, openAlert: null, alerts: new Map() };
}

/** The customer's ratio after the facts, and the alert that follows from it (FR-2). */
function evaluate(state: TrackedCustomer, policy: FinanceRatioPolicy, now: Date): CustomerRatioEvent[] {
  const policyVersion = financeRatioPolicyVersion(policy);
  const explanation = explainRatio(
    { customerId: state.customerId, region: state.region, purchases: [...state.purchases.values()].map((p) => p.document), movements: [...state.movements.values()].map((m) => m.movement) },
    policy,
    now,
  );
  const snapshot = snapshotOf(explanation);
  const alerts = alertsAfter(state, snapshot, policy, now);
  if (sameSnapshot(state.lastSnapshot, snapshot)) return alerts;
  const after = alerts.reduce<CustomerRatioState>((s, e) => customerRatioDecider.evolve(s, e), state) as TrackedCustomer;
  const evaluated: RatioEvaluated = {
    type: 'finance-ratio.RatioEvaluated',
    policyVersion,
    data: { customerId: state.customerId, sequence: state.evaluations + 1, asOf: now.toISOString(), snapshot, openAlertId: after.openAlert?.alertId ?? null },
  };
  // The alert first, so the snapshot names the alert its crossing raised.
  return [...alerts, evaluated];
}

// rule FR-2: exactly one alert per crossing of the limit; back under clears it; crossing again raises a new one
/** Over the limit with no open alert raises one (numbered by crossing); within it with one open clears it; otherwise nothing. */
export function alertsAfter(state: TrackedCustomer, snapshot: RatioSnapshot, policy: FinanceRatioPolicy, now: Date): CustomerRatioEvent[] {
  const policyVersion = financeRatioPolicyVersion(policy);
  if (snapshot.overLimit && state.openAlert === null) {
    const crossing = state.crossings + 1;
    const alertId = alertIdFor(state.accountId, crossing);
    return [
      {
        type: 'finance-ratio.RatioAlertRaised',
        id: alertId,
        policyVersion,
        data: { customerId: state.customerId, alertId, crossing, region: state.region, recipients: policy.alertRecipients, salesRepIds: state.salesRepIds, raisedAt: now.toISOString(), snapshot },
      },
    ];
  }
  if (!snapshot.overLimit && state.openAlert !== null) {
    const { alertId, crossing } = state.openAlert;
    return [{ type: 'finance-ratio.RatioAlertCleared', policyVersion, data: { customerId: state.customerId, alertId, crossing, clearedAt: now.toISOString(), snapshot } }];
  }
  return [];
}

/** What identifies a movement's effect (not its source or time): the same report again changes nothing. */
function sameMovement(a: Movement, b: MovementReport): boolean {
  const sameValue =
    b.value === undefined ||
    (a.value === null || b.value === null
      ? a.value === b.value
      : a.value.currency === b.value.currency && a.value.amountMinor === b.value.amountMinor && a.value.unitPriceMinor === b.value.unitPriceMinor && a.value.documentNumber === b.value.documentNumber);
  return a.kind === b.kind && a.quantity === b.quantity && a.model === b.model && a.serialNumber === b.serialNumber && a.contractNumber === b.contractNumber && sameValue;
}

/** The fact a reported movement makes on the account: recorded, corrected, withdrawn, or none (nothing changes). */
function movementFact(base: TrackedCustomer, report: MovementReport, policy: FinanceRatioPolicy): CustomerRatioEvent | null {
  const existing = base.movements.get(report.movementId);
  if (report.kind === null) {
    return existing ? { type: 'finance-ratio.MovementWithdrawn', data: { customerId: base.customerId, movementId: report.movementId, source: report.source } } : null;
  }
  if (existing && sameMovement(existing.movement, report)) return null;
  const movement: Movement = {
    movementId: report.movementId,
    kind: report.kind,
    quantity: report.quantity,
    model: report.model,
    serialNumber: report.serialNumber,
    contractNumber: report.contractNumber,
    occurredAt: report.occurredAt,
    occurredOn: localDateIn(policy.timeZone, new Date(report.occurredAt)),
    value: report.value !== undefined ? report.value : valueOf(base, report),
    source: report.source,
  };
  return existing
    ? { type: 'finance-ratio.MovementCorrected', data: { customerId: base.customerId, movement, previous: existing.movement, correction: existing.corrections + 1 } }
    : { type: 'finance-ratio.MovementRecorded', data: { accountId: base.accountId, customerId: base.customerId, movement } };
}

// rule FR-1: an exchange or return is valued at what the customer paid for the model
/**
 * The purchase line a movement is valued from: the customer's latest document with a line of the
 * model, preferring documents of the movement's contract. Null when it never bought the model.
 */
export function valueOf(state: TrackedCustomer, report: MovementReport): Movement['value'] {
  let best: { doc: PurchaseDocument; unitPriceMinor: string; contractMatch: boolean } | null = null;
  for (const { document } of state.purchases.values()) {
    const line = document.lines.find((l) => l.sku === report.model);
    if (!line) continue;
    const contractMatch = report.contractNumber !== null && document.contractNumber === report.contractNumber;
    const better =
      best === null ||
      (contractMatch && !best.contractMatch) ||
      (contractMatch === best.contractMatch && (document.documentDate > best.doc.documentDate || (document.documentDate === best.doc.documentDate && document.documentNumber > best.doc.documentNumber)));
    if (better) best = { doc: document, unitPriceMinor: line.unitPriceMinor, contractMatch };
  }
  if (!best) return null;
  return {
    currency: best.doc.currency,
    unitPriceMinor: best.unitPriceMinor,
    amountMinor: (BigInt(best.unitPriceMinor) * BigInt(report.quantity)).toString(),
    documentNumber: best.doc.documentNumber,
  };
}

/** The events, then the evaluation of the state they leave. */
function withEvaluation(state: TrackedCustomer, facts: CustomerRatioEvent[], policy: FinanceRatioPolicy, now: Date): CustomerRatioEvent[] {
  if (facts.length === 0) return [];
  const after = facts.reduce<CustomerRatioState>((s, e) => customerRatioDecider.evolve(s, e), state) as TrackedCustomer;
  return [...facts, ...evaluate(after, policy, now)];
}

export const customerRatioDecider: Decider<CustomerRatioCommand, CustomerRatioEvent, CustomerRatioState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): CustomerRatioEvent[] {
    switch (command.type) {
      // rule FR-1: purchases are the denominator, idempotent by document number; a changed document is a correction
      case 'RecordPurchases': {
        const base = state.status === 'none' ? fresh(command.accountId, command.customerId, command.documents[0]?.region ?? '') : state;
        const facts: CustomerRatioEvent[] = [];
        const seen = new Map(base.purchases);
        for (const document of command.documents) {
          const existing = seen.get(document.documentNumber);
          if (existing && canonical(existing.document) === canonical(document)) continue;
          if (existing) {
            facts.push({ type: 'finance-ratio.PurchaseCorrected', data: { customerId: command.customerId, document, previous: existing.document, correction: existing.corrections + 1, source: command.source } });
            seen.set(document.documentNumber, { document, corrections: existing.corrections + 1 });
          } else {
            facts.push({ type: 'finance-ratio.PurchaseRecorded', data: { accountId: command.accountId, customerId: command.customerId, document, source: command.source } });
            seen.set(document.documentNumber, { document, corrections: 0 });
          }
        }
        return withEvaluation(base, facts, command.policy, command.now);
      }
      case 'RecordMovement':
      case 'RecordMovements': {
        const reports = command.type === 'RecordMovement' ? [command.movement] : command.movements;
        let after: TrackedCustomer = state.status === 'none' ? fresh(command.accountId, command.customerId, command.region) : state;
        const base = after;
        const facts: CustomerRatioEvent[] = [];
        for (const report of reports) {
          const fact = movementFact(after, report, command.policy);
          if (!fact) continue;
          facts.push(fact);
          after = customerRatioDecider.evolve(after, fact) as TrackedCustomer;
        }
        return withEvaluation(base, facts, command.policy, command.now);
      }
      // rule FR-2: the business head or leadership acknowledges an alert with a comment, once
      case 'AcknowledgeAlert': {
        const s = tracked(state, command.accountId);
        const alert = s.alerts.get(command.alertId);
        if (!alert) throw new NotFoundError(FINANCE_RATIO.ALERT_NOT_FOUND, `alert ${command.alertId} does not exist`, { alertId: command.alertId });
        if (alert.acknowledged) throw new InvalidStateError(FINANCE_RATIO.ALERT_ALREADY_ACKNOWLEDGED, `alert ${command.alertId} was acknowledged already`, { alertId: command.alertId });
        return [
          {
            type: 'finance-ratio.RatioAlertAcknowledged',
            data: { customerId: s.customerId, alertId: command.alertId, comment: command.comment, acknowledgedBy: command.by, acknowledgedAt: command.now.toISOString() },
          },
        ];
      }
      case 'Reevaluate':
        return evaluate(tracked(state, command.accountId), command.policy, command.now);
    }
  },

  evolve(state, event): CustomerRatioState {
    // A stream starts with a recorded purchase or movement, which names its account.
    const base = state.status === 'none' ? fresh('accountId' in event.data ? event.data.accountId : '', event.data.customerId, '') : state;
    switch (event.type) {
      case 'finance-ratio.PurchaseRecorded':
      case 'finance-ratio.PurchaseCorrected': {
        const { document } = event.data;
        const purchases = new Map(base.purchases);
        purchases.set(document.documentNumber, { document, corrections: event.type === 'finance-ratio.PurchaseCorrected' ? event.data.correction : 0 });
        const salesRepIds = document.salesRepId && !base.salesRepIds.includes(document.salesRepId) ? [...base.salesRepIds, document.salesRepId] : base.salesRepIds;
        return { ...base, region: document.region, purchases, salesRepIds };
      }
      case 'finance-ratio.MovementRecorded':
      case 'finance-ratio.MovementCorrected': {
        const movements = new Map(base.movements);
        movements.set(event.data.movement.movementId, { movement: event.data.movement, corrections: event.type === 'finance-ratio.MovementCorrected' ? event.data.correction : 0 });
        return { ...base, movements };
      }
      case 'finance-ratio.MovementWithdrawn': {
        const movements = new Map(base.movements);
        movements.delete(event.data.movementId);
        return { ...base, movements };
      }
      case 'finance-ratio.RatioEvaluated':
        return { ...base, region: event.data.snapshot.region, lastSnapshot: event.data.snapshot, evaluations: event.data.sequence };
      case 'finance-ratio.RatioAlertRaised': {
        const alerts = new Map(base.alerts);
        alerts.set(event.data.alertId, { crossing: event.data.crossing, acknowledged: false });
        return { ...base, status: 'over_limit', crossings: event.data.crossing, openAlert: { alertId: event.data.alertId, crossing: event.data.crossing }, alerts };
      }
      case 'finance-ratio.RatioAlertCleared':
        return { ...base, status: 'within_limit', openAlert: null };
      case 'finance-ratio.RatioAlertAcknowledged': {
        const alerts = new Map(base.alerts);
        const alert = alerts.get(event.data.alertId);
        if (alert) alerts.set(event.data.alertId, { ...alert, acknowledged: true });
        return { ...base, alerts };
      }
      default:
        return unknownEvent(event, state);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: CustomerRatioState): CustomerRatioState {
  void event;
  return state;
}
