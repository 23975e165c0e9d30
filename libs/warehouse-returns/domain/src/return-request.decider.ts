import type { WorkingCalendar } from '@aftersales/calendar';
import { WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX } from '@aftersales/contracts';
import {
  Decider,
  DomainError,
  DomainEvent,
  InvalidStateError,
  NotFoundError,
  ObligationLedger,
  applyObligationChanges,
  deterministicUuid,
  missableRound,
  sha256Digest,
  wouldBeLate,
} from '@aftersales/eventsourcing';
import {
  CustomerChoice,
  DispositionMakingReturn,
  InspectionFinding,
  LineOutcome,
  RETURN_REQUEST_TERMINAL_STATUSES,
  ReturnReason,
  ReturnRequestObligation,
  ReturnRequestStatus,
  ReturnRequestTerminalStatus,
  SerialResolution,
} from './return-request';
import { ApprovalStep, WarehouseReturnsPolicy, returnNoteDueAt, warehouseReturnsPolicyVersion } from './policy';
import { returnRequestObligationChanges } from './obligations';
import { WAREHOUSE_RETURNS } from './errors';

/** Every return request's stream: the published prefix (libs/contracts, defined once), then its id. */
export { WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX };
export const returnRequestStream = (returnRequestId: string): string => `${WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX}${returnRequestId}`;

/** The id of the return request a QA disposition makes (WR-1: once per disposition). */
export function returnRequestIdForDisposition(tenantId: string, dispositionEventId: string): string {
  return deterministicUuid('warehouse-returns.return-request', tenantId, 'qa-disposition', dispositionEventId);
}

/** The step id QA's inspection is listed under when booking lacks it (WR-5). */
export const QA_INSPECTION_STEP = 'qa_inspection';

// ---- the request's content ----

/** Who did something, as the token said: the user and the role they acted in. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/** One line as the request holds it (WR-1): what comes back, from which delivery, at the delivery's price. */
export interface ReturnLine {
  readonly lineId: string;
  readonly sku: string;
  /** The serial authorised to come back, null where none is known. */
  readonly serialNumber: string | null;
  readonly quantity: number;
  /** The purchase document (finance-ratio.public.PurchaseDocumentRecorded) the goods were delivered on. */
  readonly deliveryDocument: string;
  readonly deliveredOn: string;
  readonly contractNumber: string | null;
  readonly currency: string;
  /** The delivery line's unit price, integer minor units as a decimal string. */
  readonly unitPriceMinor: string;
  /** The delivery's sales rep (WR-7 quality costs), null when finance names none. */
  readonly salesRepId: string | null;
}

/** A line as entered, before the delivery's facts are added. */
export type LineRequest = Pick<ReturnLine, 'lineId' | 'sku' | 'serialNumber' | 'quantity' | 'deliveryDocument'>;

/** What finance published of a line's delivery (its projection of PurchaseDocumentRecorded) and how much of it this customer's other returns already take back. */
export interface DeliveredLine {
  readonly quantity: number;
  readonly alreadyReturned: number;
  readonly documentDate: string;
  readonly contractNumber: string | null;
  readonly currency: string;
  readonly unitPriceMinor: string;
  readonly salesRepId: string | null;
}

/** The delivery of each line request, keyed `deliveryDocument|sku`; missing when finance has not published it. */
export type Deliveries = Readonly<Record<string, DeliveredLine>>;
export const deliveryKey = (deliveryDocument: string, sku: string): string => `${deliveryDocument}|${sku}`;

/** Finance's published figure for the customer (its RatioSnapshotTaken with the highest sequence) as the check saw it. */
export interface RatioFigure {
  readonly sequence: number;
  readonly asOf: string;
  readonly ratio: string | null;
  readonly amountRatio: string | null;
  readonly limit: string;
  readonly overLimit: boolean;
  readonly policyVersion: string;
}

export type ReturnSource =
  | { readonly kind: 'after_sales' }
  | { readonly kind: 'qa_disposition'; readonly caseId: string; readonly disposition: DispositionMakingReturn; readonly dispositionEventId: string };

export interface Signature {
  readonly signatureId: string;
  readonly step: string;
  readonly signedBy: string;
  readonly role: string;
  readonly at: string;
  readonly comment: string;
  /** sha256 of the request's content (customer, reason, lines) when signed. */
  readonly digest: string;
  readonly coveredLineIds: readonly string[];
}

export interface ReceivedLine {
  readonly lineId: string;
  readonly sku: string;
  readonly serialNumberAuthorised: string | null;
  readonly serialNumberReceived: string | null;
  readonly quantityReceived: number;
  /** WR-5: the serial received is not the one authorised; booking waits until it is resolved. */
  readonly serialMismatch: boolean;
}

export interface InspectedLine {
  readonly lineId: string;
  readonly finding: InspectionFinding;
  readonly responsibleDepartment: string | null;
  readonly responsiblePerson: string | null;
  readonly note: string | null;
}

export interface BookedLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly currency: string;
  readonly unitPriceMinor: string;
  readonly amountMinor: string;
  readonly outcome: LineOutcome;
  readonly deliveryDocument: string | null;
}

export interface ReturnRequestDeadline {
  readonly obligation: ReturnRequestObligation;
  readonly dueAt: string;
}

// ---- events (warehouse-returns's own store; the public subset is in libs/contracts) ----

type E<T extends string, D> = DomainEvent<`warehouse-returns.${T}`, D>;
type Id = { readonly returnRequestId: string };
/** Whom a published outcome concerns: the customer, and the QA case whose disposition made the request. */
type Party = { readonly customerId: string; readonly caseId: string | null };

export type ReturnRequestOpened = E<
  'ReturnRequestOpened',
  Id & {
    readonly region: string;
    readonly customerId: string;
    readonly reason: ReturnReason;
    readonly source: ReturnSource;
    readonly lines: readonly ReturnLine[];
    readonly note: string | null;
    readonly customerChoice: CustomerChoice | null;
    readonly openedBy: string;
    readonly openedAt: string;
  }
>;
export type LinesAmended = E<'LinesAmended', Id & { readonly lines: readonly ReturnLine[]; readonly changedLineIds: readonly string[]; readonly amendedBy: string; readonly at: string }>;
export type SignaturesVoided = E<'SignaturesVoided', Id & { readonly signatureIds: readonly string[]; readonly changedLineIds: readonly string[]; readonly because: string; readonly at: string }>;
export type RatioChecked = E<
  'RatioChecked',
  Id & {
    readonly step: string;
    readonly checkedBy: string;
    readonly figure: RatioFigure;
    readonly daysSinceDelivery: number;
    readonly timeLimitDays: number;
    readonly withinRatio: boolean;
    readonly withinTimeLimit: boolean;
    /** Outside a limit but a company leader's exception step is signed: the chain goes on. */
    readonly overriddenByException: boolean;
    readonly at: string;
  }
>;
export type StepSigned = E<'StepSigned', Id & Signature>;
export type ReturnRequestRefused = E<
  'ReturnRequestRefused',
  Id &
    Party & {
    readonly kind: 'signer' | 'ratio_check' | 'qa_inspection';
    readonly step: string;
    readonly refusedBy: string;
    readonly role: string;
    readonly explanation: string;
    /** A ratio or time-limit refusal a company leader may still override (WR-2). */
    readonly exceptionPossible: boolean;
    readonly at: string;
  }
>;
export type ReturnRequestApproved = E<'ReturnRequestApproved', Id & Party & { readonly reason: ReturnReason; readonly signatureIds: readonly string[]; readonly at: string }>;
export type TransportOrderIssued = E<
  'TransportOrderIssued',
  Id & { readonly transportOrderId: string; readonly carrier: string; readonly driverId: string | null; readonly pickupAddress: string; readonly issuedBy: string; readonly at: string }
>;
export type PickupRecorded = E<'PickupRecorded', Id & { readonly transportOrderId: string; readonly recordedBy: string; readonly at: string }>;
export type ArrivalRecorded = E<'ArrivalRecorded', Id & { readonly recordedBy: string; readonly at: string }>;
export type GoodsCounted = E<'GoodsCounted', Id & { readonly customerId: string; readonly reason: ReturnReason; readonly caseId: string | null; readonly lines: readonly ReceivedLine[]; readonly countedBy: string; readonly at: string }>;
export type SerialMismatchResolved = E<
  'SerialMismatchResolved',
  Id & { readonly lineId: string; readonly resolution: SerialResolution; readonly serialNumber: string | null; readonly comment: string; readonly resolvedBy: string; readonly at: string }
>;
export type InspectionRecorded = E<
  'InspectionRecorded',
  Id & { readonly inspectionId: string; readonly verdict: 'signed' | 'refused'; readonly reason: string | null; readonly lines: readonly InspectedLine[]; readonly inspectedAt: string }
>;
export type CustomerChoiceRecorded = E<'CustomerChoiceRecorded', Id & { readonly choice: CustomerChoice; readonly recordedBy: string; readonly at: string }>;
export type ReturnBookedIn = E<
  'ReturnBookedIn',
  Id & {
    readonly customerId: string;
    readonly reason: ReturnReason;
    readonly receiptNoteNumber: string;
    readonly lines: readonly BookedLine[];
    readonly costsBorneBy: 'company' | 'customer';
    readonly bookedBy: string;
    readonly bookedAt: string;
    /** The QA case whose disposition made the request, null for one entered by hand; absent on events recorded before it was added. */
    readonly caseId?: string | null;
    /** WR-6: the return note to the customer, due by the policy's hour of the next working day. */
    readonly deadlines: readonly ReturnRequestDeadline[];
    readonly calendarVersion: string;
  }
>;
export type QualityCostCharged = E<
  'QualityCostCharged',
  Id & {
    readonly lineId: string;
    readonly customerId: string;
    readonly chargedTo: { readonly kind: 'sales_rep' | 'department'; readonly id: string };
    readonly currency: string;
    readonly amountMinor: string;
    readonly reason: string;
    readonly chargedAt: string;
  }
>;
export type ReturnNoteSent = E<'ReturnNoteSent', Id & { readonly sentBy: string; readonly at: string; /** After the `return_note` due time. */ readonly late: boolean }>;
export type ReturnRequestDeadlineMissed = E<'ReturnRequestDeadlineMissed', Id & { readonly obligation: ReturnRequestObligation; readonly dueAt: string; readonly responsibleId: string }>;

export type ReturnRequestEvent =
  | ReturnRequestOpened
  | LinesAmended
  | SignaturesVoided
  | RatioChecked
  | StepSigned
  | ReturnRequestRefused
  | ReturnRequestApproved
  | TransportOrderIssued
  | PickupRecorded
  | ArrivalRecorded
  | GoodsCounted
  | SerialMismatchResolved
  | InspectionRecorded
  | CustomerChoiceRecorded
  | ReturnBookedIn
  | QualityCostCharged
  | ReturnNoteSent
  | ReturnRequestDeadlineMissed;

export const RETURN_REQUEST_EVENT_TYPES: readonly ReturnRequestEvent['type'][] = [
  'warehouse-returns.ReturnRequestOpened',
  'warehouse-returns.LinesAmended',
  'warehouse-returns.SignaturesVoided',
  'warehouse-returns.RatioChecked',
  'warehouse-returns.StepSigned',
  'warehouse-returns.ReturnRequestRefused',
  'warehouse-returns.ReturnRequestApproved',
  'warehouse-returns.TransportOrderIssued',
  'warehouse-returns.PickupRecorded',
  'warehouse-returns.ArrivalRecorded',
  'warehouse-returns.GoodsCounted',
  'warehouse-returns.SerialMismatchResolved',
  'warehouse-returns.InspectionRecorded',
  'warehouse-returns.CustomerChoiceRecorded',
  'warehouse-returns.ReturnBookedIn',
  'warehouse-returns.QualityCostCharged',
  'warehouse-returns.ReturnNoteSent',
  'warehouse-returns.ReturnRequestDeadlineMissed',
];

// ---- commands (`now` comes in with the command, from the injected clock; the policy with it) ----

type C<T extends string, D> = { readonly type: T; readonly returnRequestId: string; readonly now: Date } & D;

export type ReturnRequestCommand =
  | C<
      'Open',
      {
        readonly region: string;
        readonly customerId: string;
        readonly reason: ReturnReason;
        readonly source: ReturnSource;
        /** Empty only for a draft made from a QA disposition (WR-1). */
        readonly lines: readonly LineRequest[];
        readonly deliveries: Deliveries;
        readonly note: string | null;
        readonly customerChoice: CustomerChoice | null;
        readonly by: Actor;
      }
    >
  | C<'AmendLines', { readonly lines: readonly LineRequest[]; readonly deliveries: Deliveries; readonly by: Actor }>
  | C<'Sign', { readonly step: string; readonly comment: string; readonly by: Actor; readonly policy: WarehouseReturnsPolicy; /** The customer's figure for a step with the ratio check (null when finance published none). */ readonly ratio: RatioFigure | null }>
  | C<'Refuse', { readonly step: string; readonly explanation: string; readonly by: Actor; readonly policy: WarehouseReturnsPolicy }>
  | C<'IssueTransportOrder', { readonly carrier: string; readonly driverId: string | null; readonly pickupAddress: string; readonly by: Actor; readonly policy: WarehouseReturnsPolicy }>
  | C<'RecordPickup', { readonly by: Actor }>
  | C<'RecordArrival', { readonly by: Actor }>
  | C<'RecordCount', { readonly lines: readonly { readonly lineId: string; readonly quantityReceived: number; readonly serialNumberReceived: string | null }[]; readonly by: Actor }>
  | C<'ResolveSerialMismatch', { readonly lineId: string; readonly resolution: SerialResolution; readonly comment: string; readonly by: Actor }>
  | C<'RecordInspection', { readonly inspectionId: string; readonly verdict: 'signed' | 'refused'; readonly reason: string | null; readonly lines: readonly InspectedLine[]; readonly inspectedAt: string }>
  | C<'RecordCustomerChoice', { readonly choice: CustomerChoice; readonly by: Actor }>
  | C<'BookIn', { readonly by: Actor; readonly policy: WarehouseReturnsPolicy; readonly calendar: WorkingCalendar }>
  | C<'SendReturnNote', { readonly by: Actor }>
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | C<'MarkDeadlineMissed', { readonly obligation: ReturnRequestObligation }>;

// ---- state ----

interface OpenedReturnRequest {
  readonly returnRequestId: string;
  readonly region: string;
  readonly customerId: string;
  readonly reason: ReturnReason;
  readonly source: ReturnSource;
  readonly lines: readonly ReturnLine[];
  readonly openedBy: string;
  /** Every signature made; `voided` lists those a line change invalidated. */
  readonly signatures: readonly Signature[];
  readonly voided: readonly string[];
  readonly refusal: { readonly kind: ReturnRequestRefused['data']['kind']; readonly exceptionPossible: boolean } | null;
  readonly transportOrderId: string | null;
  readonly received: readonly ReceivedLine[];
  /** Lines whose serial mismatch was resolved, and those rejected (not booked). */
  readonly resolvedMismatches: readonly string[];
  readonly rejectedLines: readonly string[];
  readonly inspection: { readonly inspectionId: string; readonly verdict: 'signed' | 'refused'; readonly lines: readonly InspectedLine[] } | null;
  readonly customerChoice: CustomerChoice | null;
  /** What it owes, folded from returnRequestObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
}

/** A return request still being handled: commands may move it on. */
export type ActiveReturnRequest = OpenedReturnRequest & { readonly status: Exclude<ReturnRequestStatus, ReturnRequestTerminalStatus> };
/** A return request that ended: it owes nothing and takes no command. */
export type EndedReturnRequest = OpenedReturnRequest & { readonly status: ReturnRequestTerminalStatus };

export type ReturnRequestState = { readonly status: 'none' } | ActiveReturnRequest | EndedReturnRequest;

export function hasEnded(state: ReturnRequestState): state is EndedReturnRequest {
  return (RETURN_REQUEST_TERMINAL_STATUSES as readonly string[]).includes(state.status);
}

// ---- rules ----

/** A command the return request's state does not allow: 409, the code naming the state. */
export function wrongState(state: ActiveReturnRequest | EndedReturnRequest, command: string): InvalidStateError {
  return new InvalidStateError(WAREHOUSE_RETURNS.RETURN_REQUEST_IS[state.status], `return request ${state.returnRequestId} is ${state.status}; cannot ${command}`, {
    returnRequestId: state.returnRequestId,
    status: state.status,
    command,
  });
}

function active(state: ReturnRequestState, returnRequestId: string, command: string, allowed?: readonly ReturnRequestStatus[]): ActiveReturnRequest {
  if (state.status === 'none') throw new NotFoundError(WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND, `return request ${returnRequestId} does not exist`, { returnRequestId });
  if (hasEnded(state) || (allowed && !allowed.includes(state.status))) throw wrongState(state, command);
  return state;
}

// rule WR-1: a line may not return more than was delivered less what was already returned; its price and sales rep come from the delivery
export function linesFromDeliveries(requests: readonly LineRequest[], deliveries: Deliveries): ReturnLine[] {
  const ids = new Set<string>();
  const requested = new Map<string, number>();
  const lines = requests.map((r) => {
    if (ids.has(r.lineId)) throw new DomainError(WAREHOUSE_RETURNS.UNKNOWN_LINE, `line ${r.lineId} appears twice`, { lineId: r.lineId });
    ids.add(r.lineId);
    const key = deliveryKey(r.deliveryDocument, r.sku);
    const delivered = deliveries[key];
    if (!delivered) {
      throw new DomainError(WAREHOUSE_RETURNS.LINE_NOT_DELIVERED, `no delivery of ${r.sku} on document ${r.deliveryDocument} for this customer`, { lineId: r.lineId, deliveryDocument: r.deliveryDocument, sku: r.sku });
    }
    requested.set(key, (requested.get(key) ?? 0) + r.quantity);
    return {
      lineId: r.lineId,
      sku: r.sku,
      serialNumber: r.serialNumber,
      quantity: r.quantity,
      deliveryDocument: r.deliveryDocument,
      deliveredOn: delivered.documentDate,
      contractNumber: delivered.contractNumber,
      currency: delivered.currency,
      unitPriceMinor: delivered.unitPriceMinor,
      salesRepId: delivered.salesRepId,
    };
  });
  for (const [key, quantity] of requested) {
    const d = deliveries[key];
    if (quantity > d.quantity - d.alreadyReturned) {
      const [deliveryDocument, sku] = key.split('|');
      throw new DomainError(WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED, `${quantity} of ${sku} requested; ${d.quantity} delivered on ${deliveryDocument}, ${d.alreadyReturned} already returned`, {
        deliveryDocument,
        sku,
        delivered: d.quantity,
        alreadyReturned: d.alreadyReturned,
        requested: quantity,
      });
    }
  }
  return lines;
}

/** The digest a signature covers: the request's customer, reason and lines. */
export function contentDigest(state: Pick<OpenedReturnRequest, 'customerId' | 'reason' | 'lines'>): string {
  return sha256Digest({ customerId: state.customerId, reason: state.reason, lines: state.lines });
}

/** The signatures no line change voided. */
export function validSignatures(state: Pick<OpenedReturnRequest, 'signatures' | 'voided'>): Signature[] {
  return state.signatures.filter((s) => !state.voided.includes(s.signatureId));
}

/** The chain's steps without a valid signature, in order. */
export function unsignedSteps(state: OpenedReturnRequest, policy: WarehouseReturnsPolicy): ApprovalStep[] {
  const signed = new Set(validSignatures(state).map((s) => s.step));
  return policy.steps[state.reason].filter((s) => !signed.has(s.id));
}

const partyOf = (s: OpenedReturnRequest) => ({ customerId: s.customerId, caseId: s.source.kind === 'qa_disposition' ? s.source.caseId : null });

const hasValid = (state: OpenedReturnRequest, step: string): boolean => validSignatures(state).some((s) => s.step === step);

// rule WR-7: a return outside the policy (a reason the consent covers, or one that needed the leader's exception) needs the general manager's consent, else the costs fall on the customer
export function costsBorneBy(state: OpenedReturnRequest, policy: WarehouseReturnsPolicy): 'company' | 'customer' {
  const outside = policy.consent.reasons.includes(state.reason) || hasValid(state, policy.exception.id);
  if (!outside) return 'company';
  const consented = validSignatures(state).some((s) => s.role === policy.consent.role && (s.step === policy.consent.id || s.step === policy.exception.id));
  return consented ? 'company' : 'customer';
}

const DAY_MS = 86_400_000;

/** Whole days from the earliest delivery of the lines to `now`. */
function daysSinceDelivery(lines: readonly ReturnLine[], now: Date): number {
  const earliest = Math.min(...lines.map((l) => Date.parse(`${l.deliveredOn}T00:00:00.000Z`)));
  return Math.max(0, Math.floor((now.getTime() - earliest) / DAY_MS));
}

/** Which lines an amendment changes: modified, removed, or added. */
function changedLines(before: readonly ReturnLine[], after: readonly ReturnLine[]): string[] {
  const was = new Map(before.map((l) => [l.lineId, sha256Digest(l)]));
  const is = new Map(after.map((l) => [l.lineId, sha256Digest(l)]));
  const ids = new Set([...was.keys(), ...is.keys()]);
  return [...ids].filter((id) => was.get(id) !== is.get(id)).sort();
}

// rule WR-2: a line change voids the signatures that covered it; a signature covers every line of the request it signed, so an added line voids them too
function voidFor(state: OpenedReturnRequest, changed: readonly string[], because: string, at: Date): SignaturesVoided[] {
  if (changed.length === 0) return [];
  const lineIds = new Set(state.lines.map((l) => l.lineId));
  const added = changed.some((id) => !lineIds.has(id));
  const hit = validSignatures(state).filter((s) => added || s.coveredLineIds.some((id) => changed.includes(id)));
  if (hit.length === 0) return [];
  return [{ type: 'warehouse-returns.SignaturesVoided', data: { returnRequestId: state.returnRequestId, signatureIds: hit.map((s) => s.signatureId), changedLineIds: changed, because, at: at.toISOString() } }];
}

const SIGNING: readonly ReturnRequestStatus[] = ['in_approval', 'refused', 'approved', 'picked_up', 'arrived', 'counted'];

// rule WR-2: a step is signed in order by its role, by someone who signed no other step; the ratio check's step records the figure it saw and refuses outside the limits unless the leader's exception is signed
// rule WR-3: quality returns: the after-sales head's review, then the business head's instruction to ship (the policy's steps)
function sign(state: ReturnRequestState, c: Extract<ReturnRequestCommand, { type: 'Sign' }>): ReturnRequestEvent[] {
  const s = active(state, c.returnRequestId, 'sign', SIGNING);
  const { policy } = c;
  const chain = policy.steps[s.reason];
  const exceptionOpen = s.status === 'refused' && s.refusal?.exceptionPossible === true;
  if (s.status === 'refused' && !(exceptionOpen && c.step === policy.exception.id)) throw wrongState(s, 'sign');
  const outside = policy.consent.reasons.includes(s.reason) || hasValid(s, policy.exception.id) || exceptionOpen;
  const next = unsignedSteps(s, policy)[0];
  const step: ApprovalStep | undefined =
    c.step === policy.exception.id && exceptionOpen
      ? policy.exception
      : c.step === policy.consent.id && outside && !hasValid(s, policy.consent.id)
        ? policy.consent
        : next?.id === c.step
          ? next
          : undefined;
  if (!step) {
    throw new DomainError(WAREHOUSE_RETURNS.STEP_NOT_OPEN, `step ${c.step} is not open for signature`, { step: c.step, expected: next?.id ?? null, chain: chain.map((x) => x.id) });
  }
  if (c.by.role !== step.role) throw new DomainError(WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE, `step ${step.id} is signed by a ${step.role}`, { step: step.id, role: step.role, actingRole: c.by.role });
  const other = validSignatures(s).find((x) => x.signedBy === c.by.id && x.step !== step.id);
  if (other) throw new DomainError(WAREHOUSE_RETURNS.ALREADY_SIGNED_ANOTHER_STEP, `${c.by.id} signed step ${other.step}; one person signs one step`, { signedStep: other.step });
  const at = c.now.toISOString();
  const events: ReturnRequestEvent[] = [];
  const policyVersion = warehouseReturnsPolicyVersion(policy);
  if (step.ratioCheck) {
    if (!c.ratio) throw new InvalidStateError(WAREHOUSE_RETURNS.RATIO_NOT_AVAILABLE, `finance has published no ratio for customer ${s.customerId}`, { customerId: s.customerId });
    const days = daysSinceDelivery(s.lines, c.now);
    const withinRatio = !c.ratio.overLimit;
    const withinTimeLimit = days <= policy.timeLimitDays;
    const exceptionSigned = hasValid(s, policy.exception.id);
    const passes = withinRatio && withinTimeLimit;
    events.push({
      type: 'warehouse-returns.RatioChecked',
      policyVersion,
      data: { returnRequestId: s.returnRequestId, step: step.id, checkedBy: c.by.id, figure: c.ratio, daysSinceDelivery: days, timeLimitDays: policy.timeLimitDays, withinRatio, withinTimeLimit, overriddenByException: !passes && exceptionSigned, at },
    });
    if (!passes && !exceptionSigned) {
      const why = [
        withinRatio ? null : `the customer's return ratio ${c.ratio.ratio ?? 'n/a'} is over the limit ${c.ratio.limit} (finance ${c.ratio.policyVersion}, snapshot ${c.ratio.sequence})`,
        withinTimeLimit ? null : `${days} days since delivery, past the limit of ${policy.timeLimitDays}`,
      ].filter((x) => x !== null);
      events.push({
        type: 'warehouse-returns.ReturnRequestRefused',
        policyVersion,
        data: { returnRequestId: s.returnRequestId, ...partyOf(s), kind: 'ratio_check', step: step.id, refusedBy: c.by.id, role: c.by.role, explanation: `Refused: ${why.join('; ')}. A company leader may sign the ${policy.exception.id} step.`, exceptionPossible: true, at },
      });
      return events;
    }
  }
  const digest = contentDigest(s);
  const signature: Signature = {
    // Unique per signature made: a step signed again after a line change is a new signature, at whatever instant.
    signatureId: deterministicUuid(returnRequestStream(s.returnRequestId), 'signature', String(s.signatures.length), step.id, c.by.id, at, digest),
    step: step.id,
    signedBy: c.by.id,
    role: c.by.role,
    at,
    comment: c.comment,
    digest,
    coveredLineIds: s.lines.map((l) => l.lineId),
  };
  events.push({ type: 'warehouse-returns.StepSigned', policyVersion, data: { returnRequestId: s.returnRequestId, ...signature } });
  const remaining = chain.filter((x) => x.id !== step.id && !hasValid(s, x.id));
  if (s.status === 'in_approval' && remaining.length === 0) {
    events.push({ type: 'warehouse-returns.ReturnRequestApproved', policyVersion, data: { returnRequestId: s.returnRequestId, ...partyOf(s), reason: s.reason, signatureIds: [...validSignatures(s).map((x) => x.signatureId), signature.signatureId], at } });
  }
  return events;
}

// rule WR-5: booking needs the chain's valid signatures (after-sales head, business head), QA's signed inspection and every serial mismatch resolved; the outcome per reason
// rule WR-7: a customer-error line that cannot be resold is written off as quality cost on the sales rep (else the department)
function bookIn(state: ReturnRequestState, c: Extract<ReturnRequestCommand, { type: 'BookIn' }>): ReturnRequestEvent[] {
  const s = active(state, c.returnRequestId, 'book in', ['counted']);
  const unresolved = s.received.filter((r) => r.serialMismatch && !s.resolvedMismatches.includes(r.lineId)).map((r) => r.lineId);
  if (unresolved.length > 0) throw new InvalidStateError(WAREHOUSE_RETURNS.SERIAL_MISMATCH_UNRESOLVED, `serials received differ from those authorised on ${unresolved.join(', ')}`, { lineIds: unresolved });
  const missing = [...unsignedSteps(s, c.policy).map((x) => x.id), ...(s.inspection?.verdict === 'signed' ? [] : [QA_INSPECTION_STEP])];
  if (missing.length > 0) throw new InvalidStateError(WAREHOUSE_RETURNS.SIGNATURES_MISSING, `booking needs the signatures of ${missing.join(', ')}`, { missing });
  if (s.reason === 'quality' && s.customerChoice === null) throw new InvalidStateError(WAREHOUSE_RETURNS.CUSTOMER_CHOICE_MISSING, 'record whether the customer asks for an exchange or a refund first');
  const at = c.now.toISOString();
  const findings = new Map((s.inspection?.lines ?? []).map((l) => [l.lineId, l]));
  const booked: BookedLine[] = [];
  const charges: QualityCostCharged[] = [];
  for (const r of s.received) {
    if (r.quantityReceived === 0 || s.rejectedLines.includes(r.lineId)) continue;
    const line = s.lines.find((l) => l.lineId === r.lineId) as ReturnLine;
    const amountMinor = (BigInt(line.unitPriceMinor) * BigInt(r.quantityReceived)).toString();
    const finding = findings.get(r.lineId)?.finding ?? 'quality_intact';
    const outcome: LineOutcome = s.reason === 'unsalable' ? 'exchange' : s.reason === 'quality' ? (s.customerChoice as CustomerChoice) : finding === 'quality_intact' ? 'restock' : 'write_off';
    booked.push({ lineId: r.lineId, sku: line.sku, quantity: r.quantityReceived, currency: line.currency, unitPriceMinor: line.unitPriceMinor, amountMinor, outcome, deliveryDocument: line.deliveryDocument });
    if (outcome === 'write_off') {
      charges.push({
        type: 'warehouse-returns.QualityCostCharged',
        id: deterministicUuid(returnRequestStream(s.returnRequestId), 'quality-cost', r.lineId),
        data: {
          returnRequestId: s.returnRequestId,
          lineId: r.lineId,
          customerId: s.customerId,
          chargedTo: line.salesRepId ? { kind: 'sales_rep', id: line.salesRepId } : { kind: 'department', id: 'sales' },
          currency: line.currency,
          amountMinor,
          reason: `Customer-error return of ${r.quantityReceived} × ${line.sku} cannot be resold (QA: ${finding})`,
          chargedAt: at,
        },
      });
    }
  }
  const localDay = c.calendar.localDate(c.now).replace(/-/g, '');
  return [
    {
      type: 'warehouse-returns.ReturnBookedIn',
      policyVersion: warehouseReturnsPolicyVersion(c.policy),
      data: {
        returnRequestId: s.returnRequestId,
        customerId: s.customerId,
        reason: s.reason,
        receiptNoteNumber: `RN-${localDay}-${s.returnRequestId.slice(0, 8).toUpperCase()}`,
        lines: booked,
        costsBorneBy: costsBorneBy(s, c.policy),
        bookedBy: c.by.id,
        bookedAt: at,
        caseId: partyOf(s).caseId,
        deadlines: [{ obligation: 'return_note', dueAt: returnNoteDueAt(c.policy, c.now, c.calendar) }],
        calendarVersion: c.calendar.version,
      },
    },
    ...charges,
  ];
}

function decide(command: ReturnRequestCommand, state: ReturnRequestState): ReturnRequestEvent[] {
  const at = command.now.toISOString();
  const id = command.returnRequestId;
  switch (command.type) {
    // rule WR-1: a request names the customer, the reason and lines within what was delivered; a QA disposition's request starts as a draft without lines
    case 'Open': {
      if (state.status !== 'none') throw new InvalidStateError(WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS, `return request ${id} exists already`, { returnRequestId: id });
      if (command.lines.length === 0 && command.source.kind === 'after_sales') throw new DomainError(WAREHOUSE_RETURNS.NO_LINES, 'a return request needs at least one line');
      const c = command;
      return [
        {
          type: 'warehouse-returns.ReturnRequestOpened',
          data: {
            returnRequestId: id,
            region: c.region,
            customerId: c.customerId,
            reason: c.reason,
            source: c.source,
            lines: linesFromDeliveries(c.lines, c.deliveries),
            note: c.note,
            customerChoice: c.customerChoice,
            openedBy: c.by.id,
            openedAt: at,
          },
        },
      ];
    }
    case 'AmendLines': {
      const s = active(state, id, 'amend lines', ['draft', 'in_approval', 'approved']);
      if (command.lines.length === 0) throw new DomainError(WAREHOUSE_RETURNS.NO_LINES, 'a return request needs at least one line');
      const lines = linesFromDeliveries(command.lines, command.deliveries);
      const changed = changedLines(s.lines, lines);
      if (changed.length === 0) return [];
      return [{ type: 'warehouse-returns.LinesAmended', data: { returnRequestId: id, lines, changedLineIds: changed, amendedBy: command.by.id, at } }, ...voidFor(s, changed, 'lines amended', command.now)];
    }
    case 'Sign':
      return sign(state, command);
    // rule WR-2: a refusal carries its explanation, by the role of the step open for signature
    case 'Refuse': {
      const s = active(state, id, 'refuse', ['in_approval']);
      const next = unsignedSteps(s, command.policy)[0];
      if (!next || next.id !== command.step) throw new DomainError(WAREHOUSE_RETURNS.STEP_NOT_OPEN, `step ${command.step} is not open`, { step: command.step, expected: next?.id ?? null });
      if (command.by.role !== next.role) throw new DomainError(WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE, `step ${next.id} is decided by a ${next.role}`, { step: next.id, role: next.role, actingRole: command.by.role });
      return [
        {
          type: 'warehouse-returns.ReturnRequestRefused',
          policyVersion: warehouseReturnsPolicyVersion(command.policy),
          data: { returnRequestId: id, ...partyOf(s), kind: 'signer', step: next.id, refusedBy: command.by.id, role: command.by.role, explanation: command.explanation, exceptionPossible: false, at },
        },
      ];
    }
    // rule WR-4: the return transport order is issued by the after-sales head once every step is signed
    case 'IssueTransportOrder': {
      const s = active(state, id, 'issue a transport order', ['approved']);
      if (s.transportOrderId !== null) throw new InvalidStateError(WAREHOUSE_RETURNS.TRANSPORT_ORDER_EXISTS, `return request ${id} has transport order ${s.transportOrderId}`, { transportOrderId: s.transportOrderId });
      const missing = unsignedSteps(s, command.policy).map((x) => x.id);
      if (missing.length > 0) throw new InvalidStateError(WAREHOUSE_RETURNS.APPROVAL_INCOMPLETE, `steps ${missing.join(', ')} have no valid signature`, { missing });
      const transportOrderId = deterministicUuid(returnRequestStream(id), 'transport-order', at);
      return [{ type: 'warehouse-returns.TransportOrderIssued', data: { returnRequestId: id, transportOrderId, carrier: command.carrier, driverId: command.driverId, pickupAddress: command.pickupAddress, issuedBy: command.by.id, at } }];
    }
    // rule WR-4: no pickup without the transport order
    case 'RecordPickup': {
      const s = active(state, id, 'record a pickup', ['in_approval', 'approved']);
      if (s.transportOrderId === null) throw new InvalidStateError(WAREHOUSE_RETURNS.NO_TRANSPORT_ORDER, `return request ${id} has no return transport order: no pickup without one`, { returnRequestId: id });
      if (s.status !== 'approved') throw wrongState(s, 'record a pickup');
      return [{ type: 'warehouse-returns.PickupRecorded', data: { returnRequestId: id, transportOrderId: s.transportOrderId, recordedBy: command.by.id, at } }];
    }
    case 'RecordArrival': {
      active(state, id, 'record the arrival', ['picked_up']);
      return [{ type: 'warehouse-returns.ArrivalRecorded', data: { returnRequestId: id, recordedBy: command.by.id, at } }];
    }
    // rule WR-5: the warehouse counts the goods against the request; a serial received that is not the one authorised is flagged
    case 'RecordCount': {
      const s = active(state, id, 'record the count', ['arrived']);
      const counted = new Map<string, (typeof command.lines)[number]>();
      for (const l of command.lines) {
        const line = s.lines.find((x) => x.lineId === l.lineId);
        if (!line || counted.has(l.lineId)) throw new DomainError(WAREHOUSE_RETURNS.UNKNOWN_LINE, `line ${l.lineId} is not on the request or counted twice`, { lineId: l.lineId });
        if (l.quantityReceived > line.quantity) throw new DomainError(WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_AUTHORISED, `${l.quantityReceived} counted on line ${l.lineId}; ${line.quantity} authorised`, { lineId: l.lineId, authorised: line.quantity });
        counted.set(l.lineId, l);
      }
      const lines: ReceivedLine[] = s.lines.map((line) => {
        const c = counted.get(line.lineId);
        const serialNumberReceived = c?.serialNumberReceived ?? null;
        return {
          lineId: line.lineId,
          sku: line.sku,
          serialNumberAuthorised: line.serialNumber,
          serialNumberReceived,
          quantityReceived: c?.quantityReceived ?? 0,
          serialMismatch: line.serialNumber !== null && c !== undefined && c.quantityReceived > 0 && serialNumberReceived !== line.serialNumber,
        };
      });
      const caseId = s.source.kind === 'qa_disposition' ? s.source.caseId : null;
      return [{ type: 'warehouse-returns.GoodsCounted', data: { returnRequestId: id, customerId: s.customerId, reason: s.reason, caseId, lines, countedBy: command.by.id, at } }];
    }
    // rule WR-5: the after-sales head resolves a serial mismatch: accepting the serial received changes the line (voiding the signatures that covered it), or the line is not booked
    case 'ResolveSerialMismatch': {
      const s = active(state, id, 'resolve a serial mismatch', ['counted']);
      const r = s.received.find((x) => x.lineId === command.lineId);
      if (!r || !r.serialMismatch || s.resolvedMismatches.includes(command.lineId)) throw new DomainError(WAREHOUSE_RETURNS.NO_SERIAL_MISMATCH, `line ${command.lineId} has no open serial mismatch`, { lineId: command.lineId });
      const resolved: SerialMismatchResolved = {
        type: 'warehouse-returns.SerialMismatchResolved',
        data: { returnRequestId: id, lineId: command.lineId, resolution: command.resolution, serialNumber: command.resolution === 'accept_received' ? r.serialNumberReceived : null, comment: command.comment, resolvedBy: command.by.id, at },
      };
      return command.resolution === 'accept_received' ? [resolved, ...voidFor(s, [command.lineId], `serial ${r.serialNumberReceived ?? 'none'} accepted on line ${command.lineId}`, command.now)] : [resolved];
    }
    // rule QA-6: QA's inspection of the counted goods is its signature for booking, or its refusal with the reason, which refuses the return
    case 'RecordInspection': {
      if (state.status !== 'none' && !hasEnded(state) && state.inspection?.inspectionId === command.inspectionId) return [];
      const s = active(state, id, 'record the inspection', ['counted']);
      const events: ReturnRequestEvent[] = [
        { type: 'warehouse-returns.InspectionRecorded', data: { returnRequestId: id, inspectionId: command.inspectionId, verdict: command.verdict, reason: command.reason, lines: command.lines, inspectedAt: command.inspectedAt } },
      ];
      if (command.verdict === 'refused') {
        events.push({
          type: 'warehouse-returns.ReturnRequestRefused',
          data: { returnRequestId: id, ...partyOf(s), kind: 'qa_inspection', step: QA_INSPECTION_STEP, refusedBy: 'qa', role: 'qa', explanation: command.reason ?? 'QA refused to sign the inspection', exceptionPossible: false, at },
        });
      }
      return events;
    }
    // rule WR-5: a quality return is exchanged or refunded as the customer asks, never before QA signed the inspection
    case 'RecordCustomerChoice': {
      const s = active(state, id, 'record the customer\'s choice', ['counted']);
      if (s.reason !== 'quality') throw new DomainError(WAREHOUSE_RETURNS.CHOICE_NOT_APPLICABLE, `a ${s.reason} return's outcome is set by the policy`, { reason: s.reason });
      if (s.inspection?.verdict !== 'signed') throw new InvalidStateError(WAREHOUSE_RETURNS.INSPECTION_PENDING, 'no refund or replacement before QA signs the inspection');
      return [{ type: 'warehouse-returns.CustomerChoiceRecorded', data: { returnRequestId: id, choice: command.choice, recordedBy: command.by.id, at } }];
    }
    case 'BookIn':
      return bookIn(state, command);
    // rule WR-6: the return note sent meets its due time (late when after it)
    case 'SendReturnNote': {
      const s = active(state, id, 'send the return note', ['booked']);
      return [{ type: 'warehouse-returns.ReturnNoteSent', data: { returnRequestId: id, sentBy: command.by.id, at, late: wouldBeLate(s.obligations, 'return_note', command.now) } }];
    }
    // rule WR-6: a missed return note due time is recorded once
    case 'MarkDeadlineMissed': {
      if (state.status === 'none' || hasEnded(state)) return [];
      const round = missableRound(state.obligations, command.obligation, command.now);
      if (!round) return [];
      return [
        {
          type: 'warehouse-returns.ReturnRequestDeadlineMissed',
          id: deterministicUuid(returnRequestStream(id), 'deadline-missed', command.obligation, round.dueAt),
          data: { returnRequestId: id, obligation: command.obligation, dueAt: round.dueAt, responsibleId: round.responsibleId ?? state.openedBy },
        },
      ];
    }
  }
}

function evolve(state: ReturnRequestState, event: ReturnRequestEvent): ReturnRequestState {
  if (event.type === 'warehouse-returns.ReturnRequestOpened') {
    const d = event.data;
    return {
      status: d.lines.length > 0 ? 'in_approval' : 'draft',
      returnRequestId: d.returnRequestId,
      region: d.region,
      customerId: d.customerId,
      reason: d.reason,
      source: d.source,
      lines: d.lines,
      openedBy: d.openedBy,
      signatures: [],
      voided: [],
      refusal: null,
      transportOrderId: null,
      received: [],
      resolvedMismatches: [],
      rejectedLines: [],
      inspection: null,
      customerChoice: d.customerChoice,
      obligations: applyObligationChanges([], returnRequestObligationChanges(event)),
    };
  }
  if (state.status === 'none') return state;
  const s = { ...state, obligations: applyObligationChanges(state.obligations, returnRequestObligationChanges(event)) } as ActiveReturnRequest;
  switch (event.type) {
    case 'warehouse-returns.LinesAmended':
      return { ...s, lines: event.data.lines, status: s.status === 'draft' ? 'in_approval' : s.status };
    case 'warehouse-returns.SignaturesVoided':
      return { ...s, voided: [...s.voided, ...event.data.signatureIds], status: s.status === 'approved' ? 'in_approval' : s.status };
    case 'warehouse-returns.StepSigned': {
      const { returnRequestId: _unused, ...signature } = event.data;
      // The leader's exception re-opens a request the check refused.
      const reopened = s.status === 'refused' && s.refusal?.exceptionPossible === true;
      return { ...s, signatures: [...s.signatures, signature], status: reopened ? 'in_approval' : s.status, refusal: reopened ? null : s.refusal };
    }
    case 'warehouse-returns.ReturnRequestRefused':
      return { ...s, status: 'refused', refusal: { kind: event.data.kind, exceptionPossible: event.data.exceptionPossible } };
    case 'warehouse-returns.ReturnRequestApproved':
      return { ...s, status: 'approved' };
    case 'warehouse-returns.TransportOrderIssued':
      return { ...s, transportOrderId: event.data.transportOrderId };
    case 'warehouse-returns.PickupRecorded':
      return { ...s, status: 'picked_up' };
    case 'warehouse-returns.ArrivalRecorded':
      return { ...s, status: 'arrived' };
    case 'warehouse-returns.GoodsCounted':
      return { ...s, status: 'counted', received: event.data.lines };
    case 'warehouse-returns.SerialMismatchResolved': {
      const d = event.data;
      const lines = d.resolution === 'accept_received' ? s.lines.map((l) => (l.lineId === d.lineId ? { ...l, serialNumber: d.serialNumber } : l)) : s.lines;
      return { ...s, lines, resolvedMismatches: [...s.resolvedMismatches, d.lineId], rejectedLines: d.resolution === 'reject_line' ? [...s.rejectedLines, d.lineId] : s.rejectedLines };
    }
    case 'warehouse-returns.InspectionRecorded':
      return { ...s, inspection: { inspectionId: event.data.inspectionId, verdict: event.data.verdict, lines: event.data.lines } };
    case 'warehouse-returns.CustomerChoiceRecorded':
      return { ...s, customerChoice: event.data.choice };
    case 'warehouse-returns.ReturnBookedIn':
      return { ...s, status: 'booked' };
    case 'warehouse-returns.ReturnNoteSent':
      return { ...s, status: 'closed' } as unknown as EndedReturnRequest;
    case 'warehouse-returns.RatioChecked':
    case 'warehouse-returns.QualityCostCharged':
    case 'warehouse-returns.ReturnRequestDeadlineMissed':
      return s;
    default:
      return unknownEvent(event, s);
  }
}

export const returnRequestDecider: Decider<ReturnRequestCommand, ReturnRequestEvent, ReturnRequestState> = { initialState: () => ({ status: 'none' }), decide, evolve };

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: ReturnRequestState): ReturnRequestState {
  void event;
  return state;
}
