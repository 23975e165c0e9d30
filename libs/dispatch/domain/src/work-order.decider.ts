import type { LocalDate, WorkingCalendar } from '@aftersales/calendar';
import { DISPATCH_WORK_ORDER_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainError, DomainEvent, InvalidStateError, NotFoundError, ObligationLedger, applyObligationChanges, deterministicUuid, latestRound, missableRound, wouldBeLate } from '@aftersales/eventsourcing';
import {
  ConductKind,
  DispatchRole,
  FollowUpOutcome,
  JOB_STEP_RULES,
  JobStep,
  PartMovement,
  OutletRequestSource,
  ProductRef,
  ReceiptEvidence,
  ReportedLocation,
  UNSTARTED_STATUSES,
  WORK_ORDER_TERMINAL_STATUSES,
  WorkOrderObligation,
  WorkOrderSource,
  WorkOrderStatus,
  WorkOrderTerminalStatus,
} from './work-order';
import { workOrderObligationChanges } from './obligations';
import { DISPATCH } from './errors';
import { DispatchPolicy, arrivalDueAt, dispatchPolicyVersion, followUpDueAt, followUpOpensComplaint } from './policy';
import { Qualification, qualificationInForce } from './technician';
import { sha256Digest } from './content-digest';
import type { OutletScope } from './outlet.decider';
import { OutletRequestFacts, decideFreeRepair } from './free-repair';

/** Every work order's stream: the published prefix (libs/contracts, defined once), then its id. */
export { DISPATCH_WORK_ORDER_STREAM_PREFIX };
export const workOrderStream = (workOrderId: string): string => `${DISPATCH_WORK_ORDER_STREAM_PREFIX}${workOrderId}`;

/** The work order made from a QA case's on-site repair disposition: one per case, whatever delivers the disposition (DI-1). */
export function workOrderIdForCase(tenantId: string, caseId: string): string {
  return deterministicUuid('dispatch.work-order', tenantId, 'qa-case', caseId);
}

// ---- events (dispatch's own store; the public subset is in libs/contracts) ----

export interface Customer {
  readonly customerId: string;
  readonly name: string | null;
  readonly phone: string | null;
}

export interface ChargeItem {
  readonly chargeNo: number;
  readonly description: string;
  readonly kind: 'free' | 'charged';
  readonly amountMinor: number;
  readonly currency: string;
}

export type SignOffContent =
  | { readonly kind: 'signed'; readonly signerName: string; readonly comment: string | null; readonly satisfaction: number }
  | { readonly kind: 'refused'; readonly reason: string };

type E<T extends string, D> = DomainEvent<`dispatch.${T}`, D>;
type Id = { readonly workOrderId: string };

export type WorkOrderCreated = E<
  'WorkOrderCreated',
  Id & {
    readonly region: string;
    readonly customer: Customer;
    readonly product: ProductRef;
    readonly requestedWork: string;
    readonly source: WorkOrderSource;
    /** The customer's required arrival time, when they named one (DI-3); else the policy's hours count. */
    readonly customerRequiredBy: string | null;
    readonly createdBy: string;
    readonly createdAt: string;
    /** The fault reported (a code the dispatcher picks), when one was: a revisit matches on serial and fault. */
    readonly faultCode?: string | null;
    /** First-time fix: the earlier order on the same serial and fault this one revisits, within the policy's look-back. */
    readonly revisitOf?: string | null;
  }
>;
export type RevisitLinked = E<'RevisitLinked', Id & { readonly revisitWorkOrderId: string; readonly at: string }>;
export type TechnicianAssigned = E<
  'TechnicianAssigned',
  Id & {
    readonly technicianId: string;
    readonly technicianName: string;
    readonly plannedOn: LocalDate;
    /** TR-2: the qualification in force on the planned date for the order's product line. */
    readonly qualification: Qualification;
    readonly arrivalDueAt: string;
    readonly arrivalBasis: 'customer_required' | 'wall' | 'business_hours';
    readonly assignedBy: string;
    readonly assignedAt: string;
    readonly reassigned: boolean;
    /** DI-3: the arrival was owed before this first assignment (a remote attempt did not resolve it): the assignment hands it on, same due time. */
    readonly arrivalOwedBefore?: boolean;
  }
>;
/** DI-1, DI-2: the order is given to a service outlet within its scope and region (the outlet then assigns one of its technicians, TR-2). */
export type OutletAssigned = E<'OutletAssigned', Id & { readonly outletId: string; readonly outletName: string; readonly scope: OutletScope; readonly assignedBy: string; readonly at: string }>;
/** DI-3: the customer agreed to a remote attempt first; no arrival is owed while it runs. */
export type RemoteAttemptStarted = E<'RemoteAttemptStarted', Id & { readonly customerAgreedBy: string; readonly by: string; readonly at: string }>;
/**
 * DI-3: the remote attempt's outcome. Resolved: no visit, the order is handed over (sign-off,
 * settlement and close follow; the follow-up call is owed from now). Not resolved: the on-site
 * arrival is owed from now, by the policy.
 */
export type RemoteAttemptCompleted = E<
  'RemoteAttemptCompleted',
  Id & {
    readonly resolved: boolean;
    readonly note: string | null;
    readonly by: string;
    readonly at: string;
    readonly arrivalDueAt: string | null;
    readonly arrivalBasis: 'customer_required' | 'wall' | 'business_hours' | null;
    readonly followUpDueAt: string | null;
  }
>;
export type ArrivedOnSite = E<'ArrivedOnSite', Id & { readonly technicianId: string; readonly arrivedAt: string; readonly location: ReportedLocation; readonly late: boolean }>;
export type JobStepRecorded = E<'JobStepRecorded', Id & { readonly step: JobStep; readonly status: WorkOrderStatus; readonly by: string; readonly role: DispatchRole; readonly note: string | null; readonly at: string; /** DI-8: set by hand-over, when the follow-up call is due. */ readonly followUpDueAt: string | null }>;
export type ExtraWorkProposed = E<'ExtraWorkProposed', Id & { readonly extraWorkNo: number; readonly description: string; readonly estimateMinor: number | null; readonly proposedBy: string; readonly at: string }>;
export type ExtraWorkConsentRecorded = E<'ExtraWorkConsentRecorded', Id & { readonly extraWorkNo: number; readonly granted: boolean; readonly customerName: string; readonly recordedBy: string; readonly at: string }>;
export type ExtraWorkPerformed = E<'ExtraWorkPerformed', Id & { readonly extraWorkNo: number; readonly note: string | null; readonly by: string; readonly at: string }>;
export type PartsRecorded = E<'PartsRecorded', Id & { readonly movement: PartMovement; readonly partNumber: string; readonly quantity: number; readonly by: string; readonly at: string }>;
export type PartsVarianceApproved = E<'PartsVarianceApproved', Id & { readonly variance: Readonly<Record<string, number>>; readonly reason: string; readonly approvedBy: string; readonly at: string }>;
export type ChargeRecorded = E<'ChargeRecorded', Id & ChargeItem & { readonly by: string; readonly at: string }>;
export type SignedOff = E<'SignedOff', Id & { readonly signOff: SignOffContent; readonly digest: string; readonly at: string }>;
export type SignOffInvalidated = E<'SignOffInvalidated', Id & { readonly digest: string; readonly because: string; readonly at: string }>;
export type Settled = E<
  'Settled',
  Id & {
    /** The order's customer (absent from orders settled before it was recorded here). */
    readonly customerId?: string;
    readonly freeItems: readonly ChargeItem[];
    readonly chargedItems: readonly ChargeItem[];
    readonly chargedTotalMinor: number;
    readonly currency: string | null;
    readonly receiptNumber: string | null;
    readonly settledBy: string;
    readonly at: string;
  }
>;
export type EquipmentReceiptIssued = E<'EquipmentReceiptIssued', Id & { readonly receiptNumber: string; readonly items: string; readonly by: string; readonly at: string }>;
export type EquipmentReturned = E<'EquipmentReturned', Id & { readonly receiptNumber: string; readonly by: string; readonly at: string }>;
export type ReportedBack = E<'ReportedBack', Id & { readonly cause: string; readonly fix: string; readonly parts: string; readonly customerOpinion: string; readonly by: string; readonly at: string }>;
export type ComplaintFoundOnSite = E<
  'ComplaintFoundOnSite',
  Id & { readonly foundIn: 'on_site' | 'follow_up'; readonly text: string; readonly customer: Customer; readonly product: ProductRef; readonly reportedBy: string; readonly at: string }
>;
export type FollowUpCompleted = E<
  'FollowUpCompleted',
  Id & { readonly outcome: FollowUpOutcome; readonly satisfaction: number | null; readonly complaint: string | null; readonly notes: string | null; readonly opensComplaint: boolean; readonly late: boolean; readonly calledBy: string; readonly at: string }
>;
export type ConductRecorded = E<'ConductRecorded', Id & { readonly technicianId: string; readonly kind: ConductKind; readonly penaltyMinor: number; readonly currency: string; readonly note: string | null; readonly recordedBy: string; readonly at: string }>;
export type WorkOrderClosed = E<'WorkOrderClosed', Id & { readonly closedBy: string; readonly at: string }>;
export type WorkOrderCancelled = E<'WorkOrderCancelled', Id & { readonly reason: string; readonly cause: string | null; readonly at: string }>;
export type WorkOrderDeadlineMissed = E<'WorkOrderDeadlineMissed', Id & { readonly obligation: WorkOrderObligation; readonly dueAt: string; readonly responsibleId: string | null }>;

export type WorkOrderEvent =
  | WorkOrderCreated
  | TechnicianAssigned
  | ArrivedOnSite
  | JobStepRecorded
  | ExtraWorkProposed
  | ExtraWorkConsentRecorded
  | ExtraWorkPerformed
  | PartsRecorded
  | PartsVarianceApproved
  | ChargeRecorded
  | SignedOff
  | SignOffInvalidated
  | Settled
  | EquipmentReceiptIssued
  | EquipmentReturned
  | ReportedBack
  | ComplaintFoundOnSite
  | FollowUpCompleted
  | ConductRecorded
  | WorkOrderClosed
  | WorkOrderCancelled
  | WorkOrderDeadlineMissed
  | RevisitLinked
  | OutletAssigned
  | RemoteAttemptStarted
  | RemoteAttemptCompleted;

export const WORK_ORDER_EVENT_TYPES: readonly WorkOrderEvent['type'][] = [
  'dispatch.WorkOrderCreated',
  'dispatch.TechnicianAssigned',
  'dispatch.ArrivedOnSite',
  'dispatch.JobStepRecorded',
  'dispatch.ExtraWorkProposed',
  'dispatch.ExtraWorkConsentRecorded',
  'dispatch.ExtraWorkPerformed',
  'dispatch.PartsRecorded',
  'dispatch.PartsVarianceApproved',
  'dispatch.ChargeRecorded',
  'dispatch.SignedOff',
  'dispatch.SignOffInvalidated',
  'dispatch.Settled',
  'dispatch.EquipmentReceiptIssued',
  'dispatch.EquipmentReturned',
  'dispatch.ReportedBack',
  'dispatch.ComplaintFoundOnSite',
  'dispatch.FollowUpCompleted',
  'dispatch.ConductRecorded',
  'dispatch.WorkOrderClosed',
  'dispatch.WorkOrderCancelled',
  'dispatch.WorkOrderDeadlineMissed',
  'dispatch.RevisitLinked',
  'dispatch.OutletAssigned',
  'dispatch.RemoteAttemptStarted',
  'dispatch.RemoteAttemptCompleted',
];

// ---- commands (`now` comes in with the command, from the injected clock) ----

/** Who acts: a user in a role (or `system` for a process manager). */
export interface Actor {
  readonly id: string;
  readonly role: DispatchRole;
}

/** The technician as the assignment sees them: loaded from their own stream by the handler. */
export interface TechnicianFacts {
  readonly technicianId: string;
  readonly name: string;
  readonly qualifications: readonly Qualification[];
  /** DI-2: the outlet whose staff they are (null or absent: ours, or a dealer's not on an outlet's staff). */
  readonly outletId?: string | null;
}

/** The outlet as an assignment or a request sees it (DI-2): loaded from its own stream by the handler. */
export interface OutletFacts {
  readonly outletId: string;
  readonly name: string;
  readonly region: string;
  readonly scopes: readonly OutletScope[];
  readonly open: boolean;
}

/** What the counter records of a request at an outlet besides the customer and product (DI-2). */
export type OutletRequest = Omit<OutletRequestFacts, 'goodsReceivedOn'>;

type C<T extends string, D = object> = { readonly type: T; readonly workOrderId: string; readonly now: Date } & D;

export type WorkOrderCommand =
  | C<
      'Create',
      {
        readonly region: string;
        readonly customer: Customer;
        readonly product: ProductRef;
        readonly requestedWork: string;
        readonly source: WorkOrderSource;
        readonly customerRequiredBy: string | null;
        readonly createdBy: string;
        readonly faultCode?: string | null;
        readonly revisitOf?: string | null;
      }
    >
  /** DI-2: a request taken at an outlet: the order, decided free or charged, given to that outlet. */
  | C<
      'TakeOutletRequest',
      {
        readonly outlet: OutletFacts;
        readonly scope: OutletScope;
        readonly customer: Customer;
        readonly product: ProductRef;
        readonly requestedWork: string;
        readonly request: OutletRequest;
        readonly receipt: ReceiptEvidence;
        readonly createdBy: string;
        readonly policy: DispatchPolicy;
      }
    >
  | C<'AssignOutlet', { readonly outlet: OutletFacts; readonly scope: OutletScope; readonly assignedBy: string }>
  | C<'StartRemoteAttempt', { readonly customerAgreedBy: string; readonly actor: Actor }>
  | C<'CompleteRemoteAttempt', { readonly resolved: boolean; readonly note: string | null; readonly actor: Actor; readonly policy: DispatchPolicy; readonly calendar: WorkingCalendar }>
  /** First-time fix: a later order on the same serial and fault revisits this one; its fix was not first-time. */
  | C<'LinkRevisit', { readonly revisitWorkOrderId: string }>
  | C<'Assign', { readonly technician: TechnicianFacts; readonly plannedOn: LocalDate; readonly assignedBy: string; readonly policy: DispatchPolicy; readonly calendar: WorkingCalendar }>
  | C<'CheckIn', { readonly actor: Actor; readonly location: ReportedLocation }>
  | C<'AdvanceJob', { readonly step: JobStep; readonly actor: Actor; readonly note: string | null; readonly policy: DispatchPolicy }>
  | C<'ProposeExtraWork', { readonly description: string; readonly estimateMinor: number | null; readonly actor: Actor }>
  | C<'RecordExtraWorkConsent', { readonly extraWorkNo: number; readonly granted: boolean; readonly customerName: string; readonly actor: Actor }>
  | C<'PerformExtraWork', { readonly extraWorkNo: number; readonly note: string | null; readonly actor: Actor }>
  | C<'RecordParts', { readonly movement: PartMovement; readonly partNumber: string; readonly quantity: number; readonly actor: Actor }>
  | C<'ApprovePartsVariance', { readonly reason: string; readonly actor: Actor }>
  | C<'RecordCharge', { readonly description: string; readonly kind: 'free' | 'charged'; readonly amountMinor: number; readonly currency: string; readonly actor: Actor }>
  | C<'SignOff', { readonly signOff: SignOffContent }>
  | C<'Settle', { readonly freeItemsConfirmed: boolean; readonly receiptNumber: string | null; readonly actor: Actor }>
  | C<'IssueEquipmentReceipt', { readonly receiptNumber: string; readonly items: string; readonly actor: Actor }>
  | C<'ReturnEquipment', { readonly receiptNumber: string; readonly actor: Actor }>
  | C<'ReportBack', { readonly cause: string; readonly fix: string; readonly parts: string; readonly customerOpinion: string; readonly actor: Actor }>
  | C<'ReportComplaint', { readonly text: string; readonly actor: Actor }>
  | C<'RecordFollowUp', { readonly outcome: FollowUpOutcome; readonly satisfaction: number | null; readonly complaint: string | null; readonly notes: string | null; readonly actor: Actor; readonly policy: DispatchPolicy }>
  | C<'RecordConduct', { readonly kind: ConductKind; readonly note: string | null; readonly actor: Actor; readonly policy: DispatchPolicy }>
  | C<'Close', { readonly actor: Actor }>
  /** From the process manager when QA cancels the case: only an order nobody set out for is cancelled. */
  | C<'Cancel', { readonly reason: string; readonly cause: string | null }>
  /** From the deadline scheduler: `now` is the scheduler's clock reading. */
  | C<'MarkDeadlineMissed', { readonly obligation: WorkOrderObligation }>;

// ---- state ----

export interface ExtraWork {
  readonly extraWorkNo: number;
  readonly description: string;
  readonly state: 'proposed' | 'consented' | 'declined' | 'done';
}

export interface PartCount {
  readonly issued: number;
  readonly used: number;
  readonly returned: number;
}

/** What every work order's state holds, whatever its status. */
export interface WorkOrderData {
  readonly workOrderId: string;
  readonly region: string;
  readonly customer: Customer;
  readonly product: ProductRef;
  readonly requestedWork: string;
  readonly source: WorkOrderSource;
  readonly customerRequiredBy: string | null;
  readonly createdBy: string;
  readonly technicianId: string | null;
  /** How the arrival due time was counted, from the first assignment (DI-3). */
  readonly arrivalBasis: TechnicianAssigned['data']['arrivalBasis'] | null;
  readonly checkedInAt: string | null;
  readonly handedOverAt: string | null;
  readonly steps: readonly { readonly step: JobStep; readonly note: string | null; readonly at: string }[];
  readonly extraWork: readonly ExtraWork[];
  readonly parts: Readonly<Record<string, PartCount>>;
  /** The variance a dispatcher approved (DI-4); it covers the parts only while they still show exactly this variance. */
  readonly approvedVariance: Readonly<Record<string, number>> | null;
  readonly charges: readonly ChargeItem[];
  /** The digest the latest sign-off carries, while no change invalidated it (DI-5). */
  readonly validSignOffDigest: string | null;
  readonly equipmentReceipts: readonly { readonly receiptNumber: string; readonly open: boolean }[];
  readonly reported: boolean;
  readonly followedUp: boolean;
  readonly conduct: readonly ConductKind[];
  /** Later orders that revisit this one (first-time fix). */
  readonly revisits: readonly string[];
  /** DI-2: the outlet the order is given to. */
  readonly outlet: { readonly outletId: string; readonly name: string; readonly scope: OutletScope } | null;
  /** DI-3: the remote attempt the customer agreed to, and how it ended. */
  readonly remoteAttempt: 'in_progress' | 'resolved' | 'unresolved' | null;
  /** What it owes, folded from workOrderObligationChanges (obligations.ts). */
  readonly obligations: ObligationLedger;
}

export type ActiveWorkOrder = WorkOrderData & { readonly status: Exclude<WorkOrderStatus, WorkOrderTerminalStatus> };
export type EndedWorkOrder = WorkOrderData & { readonly status: WorkOrderTerminalStatus };
export type WorkOrderState = { readonly status: 'none' } | ActiveWorkOrder | EndedWorkOrder;

export function hasEnded(state: WorkOrderState): state is EndedWorkOrder {
  return (WORK_ORDER_TERMINAL_STATUSES as readonly string[]).includes(state.status);
}

// ---- rules ----

/** A command the work order's state does not allow: 409, the code naming the state. */
export function wrongState(state: ActiveWorkOrder | EndedWorkOrder, command: string): InvalidStateError {
  return new InvalidStateError(DISPATCH.WORK_ORDER_IS[state.status], `work order ${state.workOrderId} is ${state.status}; cannot ${command}`, {
    workOrderId: state.workOrderId,
    status: state.status,
    command,
  });
}

function existing(state: WorkOrderState, workOrderId: string): ActiveWorkOrder | EndedWorkOrder {
  if (state.status === 'none') throw new NotFoundError(DISPATCH.WORK_ORDER_NOT_FOUND, `work order ${workOrderId} does not exist`, { workOrderId });
  return state;
}

/** The work order in one of `statuses`, else the 409 naming its status. */
function inStatus(state: WorkOrderState, workOrderId: string, command: string, statuses: readonly WorkOrderStatus[]): ActiveWorkOrder | EndedWorkOrder {
  const s = existing(state, workOrderId);
  if (!statuses.includes(s.status)) throw wrongState(s, command);
  return s;
}

/** From the technician's arrival until hand-over: the statuses work is done in. */
const ON_SITE_WORK: readonly WorkOrderStatus[] = ['on_site', 'diagnosed', 'repaired', 'self_checked'];
/** Until settlement: parts and charges may still be recorded (a change after sign-off invalidates it). */
const BEFORE_SETTLEMENT: readonly WorkOrderStatus[] = ['assigned', 'accepted', 'travelling', 'on_site', 'diagnosed', 'repaired', 'self_checked', 'lead_checked', 'qc_passed', 'handed_over'];
const AFTER_ARRIVAL: readonly WorkOrderStatus[] = [...ON_SITE_WORK, 'lead_checked', 'qc_passed', 'handed_over', 'settled'];
const AFTER_HAND_OVER: readonly WorkOrderStatus[] = ['handed_over', 'settled', 'closed'];

function assignedTechnician(s: WorkOrderData, actor: Actor): void {
  if (actor.role === 'technician' && s.technicianId !== actor.id) {
    throw new DomainError(DISPATCH.NOT_ASSIGNED_TECHNICIAN, `technician ${actor.id} is not assigned to work order ${s.workOrderId}`, { workOrderId: s.workOrderId, technicianId: actor.id });
  }
}

/** issued − used − returned per part, for the parts where it is not zero. */
export function partsVariance(parts: Readonly<Record<string, PartCount>>): Record<string, number> {
  const variance: Record<string, number> = {};
  for (const [part, c] of Object.entries(parts).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const v = c.issued - c.used - c.returned;
    if (v !== 0) variance[part] = v;
  }
  return variance;
}

function sameVariance(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>> | null): boolean {
  if (b === null) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

// rule DI-5: the digest a sign-off carries: the work done, the extra work, the parts, the times and the charges at that moment
export function workOrderContentDigest(s: WorkOrderData): string {
  return sha256Digest({
    workOrderId: s.workOrderId,
    requestedWork: s.requestedWork,
    work: s.steps.map((step) => ({ step: step.step, note: step.note, at: step.at })),
    extraWork: s.extraWork,
    parts: s.parts,
    times: { checkedInAt: s.checkedInAt, handedOverAt: s.handedOverAt },
    charges: s.charges,
  });
}

/** A change to the signed content: the change, and the sign-off it invalidates when there is one (DI-5). */
function changing(s: WorkOrderData, event: WorkOrderEvent, because: string, at: string): WorkOrderEvent[] {
  if (s.validSignOffDigest === null) return [event];
  return [event, { type: 'dispatch.SignOffInvalidated', data: { workOrderId: s.workOrderId, digest: s.validSignOffDigest, because, at } }];
}

// rule DI-2: an outlet takes an order only while open, within its scopes and in its own region
function outletServes(outlet: OutletFacts, scope: OutletScope, region: string, command: string): void {
  if (!outlet.open) throw new InvalidStateError(DISPATCH.OUTLET_CLOSED, `outlet ${outlet.outletId} is closed`, { outletId: outlet.outletId, status: 'closed', command });
  if (!outlet.scopes.includes(scope)) {
    throw new DomainError(DISPATCH.OUTLET_SCOPE_MISMATCH, `outlet ${outlet.outletId} does not take ${scope} (its scopes: ${outlet.scopes.join(', ')})`, { outletId: outlet.outletId, scope, scopes: outlet.scopes });
  }
  if (outlet.region !== region) {
    throw new DomainError(DISPATCH.OUTLET_REGION_MISMATCH, `outlet ${outlet.outletId} serves ${outlet.region}, not ${region}`, { outletId: outlet.outletId, outletRegion: outlet.region, region });
  }
}

function noRemoteAttemptRunning(s: WorkOrderData, command: string): void {
  if (s.remoteAttempt === 'in_progress') throw new InvalidStateError(DISPATCH.REMOTE_ATTEMPT_IN_PROGRESS, `a remote attempt on work order ${s.workOrderId} has no outcome yet; cannot ${command}`, { workOrderId: s.workOrderId, command });
}

export const workOrderDecider: Decider<WorkOrderCommand, WorkOrderEvent, WorkOrderState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): WorkOrderEvent[] {
    const id = command.workOrderId;
    const at = command.now.toISOString();
    switch (command.type) {
      // rule DI-1: a work order from a dispatcher's phone request, or from QA's on-site repair disposition (once per case)
      case 'Create': {
        if (state.status !== 'none') {
          // The same disposition delivered again (or decided again) finds its order: nothing more.
          if (command.source.kind === 'qa_disposition' && state.source.kind === 'qa_disposition' && state.source.caseId === command.source.caseId) return [];
          throw new InvalidStateError(DISPATCH.WORK_ORDER_EXISTS, `work order ${id} exists already`, { workOrderId: id });
        }
        return [
          {
            type: 'dispatch.WorkOrderCreated',
            data: {
              workOrderId: id,
              region: command.region,
              customer: command.customer,
              product: command.product,
              requestedWork: command.requestedWork,
              source: command.source,
              customerRequiredBy: command.customerRequiredBy,
              createdBy: command.createdBy,
              createdAt: at,
              faultCode: command.faultCode ?? null,
              revisitOf: command.revisitOf ?? null,
            },
          },
        ];
      }
      // rule DI-2: a request taken at an outlet records the work asked for and is decided free or charged by the free-repair rules; the outlet takes the order
      case 'TakeOutletRequest': {
        if (state.status !== 'none') throw new InvalidStateError(DISPATCH.WORK_ORDER_EXISTS, `work order ${id} exists already`, { workOrderId: id });
        outletServes(command.outlet, command.scope, command.outlet.region, 'take a request');
        const goodsReceivedOn = command.receipt.from === 'none' ? null : command.receipt.goodsReceivedOn;
        const freeRepair = decideFreeRepair(command.policy, { ...command.request, goodsReceivedOn });
        const source: OutletRequestSource = { kind: 'outlet', outletId: command.outlet.outletId, scope: command.scope, freeRepair, receipt: command.receipt };
        const policyVersion = dispatchPolicyVersion(command.policy);
        return [
          {
            type: 'dispatch.WorkOrderCreated',
            policyVersion,
            data: {
              workOrderId: id,
              region: command.outlet.region,
              customer: command.customer,
              product: command.product,
              requestedWork: command.requestedWork,
              source,
              customerRequiredBy: null,
              createdBy: command.createdBy,
              createdAt: at,
              faultCode: null,
              revisitOf: null,
            },
          },
          { type: 'dispatch.OutletAssigned', data: { workOrderId: id, outletId: command.outlet.outletId, outletName: command.outlet.name, scope: command.scope, assignedBy: command.createdBy, at } },
        ];
      }
      // rule DI-1, DI-2: a work order nobody is assigned to yet is given to an outlet within its scope and region
      case 'AssignOutlet': {
        const s = inStatus(state, id, 'assign an outlet', ['created']);
        noRemoteAttemptRunning(s, 'assign an outlet');
        outletServes(command.outlet, command.scope, s.region, 'assign an outlet');
        return [{ type: 'dispatch.OutletAssigned', data: { workOrderId: id, outletId: command.outlet.outletId, outletName: command.outlet.name, scope: command.scope, assignedBy: command.assignedBy, at } }];
      }
      // rule DI-3: remote maintenance first where the customer agrees: recorded before anyone is sent; no arrival is owed while it runs
      case 'StartRemoteAttempt': {
        const s = inStatus(state, id, 'start a remote attempt', ['created']);
        if (s.remoteAttempt !== null) throw new InvalidStateError(DISPATCH.REMOTE_ATTEMPT_RECORDED, `work order ${id} had its remote attempt (${s.remoteAttempt})`, { workOrderId: id, remoteAttempt: s.remoteAttempt });
        return [{ type: 'dispatch.RemoteAttemptStarted', data: { workOrderId: id, customerAgreedBy: command.customerAgreedBy, by: command.actor.id, at } }];
      }
      // rule DI-3: resolved remotely, no visit: the order is handed over (sign-off, settlement, close follow); not resolved: the on-site arrival is owed from now, by the policy
      case 'CompleteRemoteAttempt': {
        const s = existing(state, id);
        if (s.remoteAttempt !== 'in_progress') throw new InvalidStateError(DISPATCH.NO_REMOTE_ATTEMPT, `work order ${id} has no remote attempt running`, { workOrderId: id, remoteAttempt: s.remoteAttempt });
        const arrival = command.resolved ? null : arrivalDueAt(command.policy, command.now, command.calendar, s.customerRequiredBy);
        return [
          {
            type: 'dispatch.RemoteAttemptCompleted',
            policyVersion: dispatchPolicyVersion(command.policy),
            data: {
              workOrderId: id,
              resolved: command.resolved,
              note: command.note,
              by: command.actor.id,
              at,
              arrivalDueAt: arrival?.dueAt ?? null,
              arrivalBasis: arrival?.basis ?? null,
              followUpDueAt: command.resolved ? followUpDueAt(command.policy, command.now) : null,
            },
          },
        ];
      }
      // rule TR-2: only a technician with a qualification for the product line in force on the planned date; the qualification is recorded on the assignment
      // rule DI-3: the assignment confirms the visit: arrival is owed from then, by the policy's hours or the customer's required time
      case 'Assign': {
        const s = inStatus(state, id, 'assign', ['created', 'assigned']);
        noRemoteAttemptRunning(s, 'assign');
        // rule DI-2: an order given to an outlet is done by that outlet's own staff
        const technicianOutletId = command.technician.outletId ?? null;
        if (s.outlet !== null && technicianOutletId !== s.outlet.outletId) {
          throw new DomainError(
            DISPATCH.TECHNICIAN_NOT_AT_OUTLET,
            `technician ${command.technician.technicianId} does not work for outlet ${s.outlet.name}, which work order ${id} is given to`,
            { workOrderId: id, technicianId: command.technician.technicianId, outletId: s.outlet.outletId, technicianOutletId },
          );
        }
        const qualification = qualificationInForce(command.technician.qualifications, s.product.productLine, command.plannedOn);
        if (!qualification) {
          throw new DomainError(
            DISPATCH.TECHNICIAN_NOT_QUALIFIED,
            `technician ${command.technician.technicianId} has no qualification for ${s.product.productLine} in force on ${command.plannedOn}`,
            { workOrderId: id, technicianId: command.technician.technicianId, productLine: s.product.productLine, plannedOn: command.plannedOn },
          );
        }
        const first = latestRound(s.obligations, 'arrival');
        const arrival = first ? { dueAt: first.dueAt, basis: null } : arrivalDueAt(command.policy, command.now, command.calendar, s.customerRequiredBy);
        return [
          {
            type: 'dispatch.TechnicianAssigned',
            policyVersion: dispatchPolicyVersion(command.policy),
            data: {
              workOrderId: id,
              technicianId: command.technician.technicianId,
              technicianName: command.technician.name,
              plannedOn: command.plannedOn,
              qualification,
              arrivalDueAt: arrival.dueAt,
              arrivalBasis: arrival.basis ?? s.arrivalBasis ?? 'wall',
              assignedBy: command.assignedBy,
              assignedAt: at,
              // An order given to an outlet has no technician yet: its first technician is no reassignment.
              reassigned: s.technicianId !== null,
              arrivalOwedBefore: s.technicianId === null && Boolean(first),
            },
          },
        ];
      }
      // rule DI-3: arrival is a check-in with the time and the technician's reported location; after the due time it is late
      case 'CheckIn': {
        const s = inStatus(state, id, 'check in', ['travelling']);
        assignedTechnician(s, command.actor);
        return [
          {
            type: 'dispatch.ArrivedOnSite',
            data: { workOrderId: id, technicianId: s.technicianId ?? command.actor.id, arrivedAt: at, location: command.location, late: wouldBeLate(s.obligations, 'arrival', command.now) },
          },
        ];
      }
      // rule DI-4: each step in order, by its role; no step past diagnosis while extra work awaits the customer's consent
      case 'AdvanceJob': {
        const rule = JOB_STEP_RULES[command.step];
        const s = inStatus(state, id, command.step, [rule.from]);
        if (!rule.roles.includes(command.actor.role)) {
          throw new DomainError(DISPATCH.STEP_NOT_FOR_ROLE, `${command.step} is done by ${rule.roles.join(' or ')}, not ${command.actor.role}`, { step: command.step, roles: rule.roles });
        }
        assignedTechnician(s, command.actor);
        const awaiting = s.extraWork.filter((w) => w.state === 'proposed' || w.state === 'consented');
        if (command.step !== 'diagnose' && awaiting.length > 0) {
          throw new InvalidStateError(DISPATCH.EXTRA_WORK_AWAITS_CONSENT, `extra work ${awaiting.map((w) => w.extraWorkNo).join(', ')} is not consented and done, or declined`, {
            extraWork: awaiting.map((w) => ({ extraWorkNo: w.extraWorkNo, state: w.state })),
          });
        }
        return [
          {
            type: 'dispatch.JobStepRecorded',
            policyVersion: command.step === 'hand_over' ? dispatchPolicyVersion(command.policy) : undefined,
            data: {
              workOrderId: id,
              step: command.step,
              status: rule.to,
              by: command.actor.id,
              role: command.actor.role,
              note: command.note,
              at,
              followUpDueAt: command.step === 'hand_over' ? followUpDueAt(command.policy, command.now) : null,
            },
          },
        ];
      }
      // rule DI-4: extra work beyond the agreed scope is proposed, and proceeds only with the customer's recorded consent
      case 'ProposeExtraWork': {
        const s = inStatus(state, id, 'propose extra work', ON_SITE_WORK);
        assignedTechnician(s, command.actor);
        const extraWorkNo = s.extraWork.length + 1;
        return [{ type: 'dispatch.ExtraWorkProposed', data: { workOrderId: id, extraWorkNo, description: command.description, estimateMinor: command.estimateMinor, proposedBy: command.actor.id, at } }];
      }
      case 'RecordExtraWorkConsent': {
        const s = inStatus(state, id, 'record consent', ON_SITE_WORK);
        const work = extraWorkOf(s, command.extraWorkNo);
        if (work.state !== 'proposed') throw new InvalidStateError(DISPATCH.EXTRA_WORK_DECIDED, `extra work ${work.extraWorkNo} is ${work.state}`, { extraWorkNo: work.extraWorkNo, state: work.state });
        return [{ type: 'dispatch.ExtraWorkConsentRecorded', data: { workOrderId: id, extraWorkNo: work.extraWorkNo, granted: command.granted, customerName: command.customerName, recordedBy: command.actor.id, at } }];
      }
      // rule DI-4: extra work without the customer's recorded consent is refused
      case 'PerformExtraWork': {
        const s = inStatus(state, id, 'perform extra work', ON_SITE_WORK);
        assignedTechnician(s, command.actor);
        const work = extraWorkOf(s, command.extraWorkNo);
        if (work.state === 'done') throw new InvalidStateError(DISPATCH.EXTRA_WORK_DECIDED, `extra work ${work.extraWorkNo} is done`, { extraWorkNo: work.extraWorkNo, state: work.state });
        if (work.state !== 'consented') {
          throw new DomainError(DISPATCH.EXTRA_WORK_NEEDS_CONSENT, `extra work ${work.extraWorkNo} has no recorded consent of the customer (${work.state})`, { extraWorkNo: work.extraWorkNo, state: work.state });
        }
        return [{ type: 'dispatch.ExtraWorkPerformed', data: { workOrderId: id, extraWorkNo: work.extraWorkNo, note: command.note, by: command.actor.id, at } }];
      }
      // rule DI-4: parts issued, used and returned are recorded per order
      case 'RecordParts': {
        const s = inStatus(state, id, 'record parts', BEFORE_SETTLEMENT);
        assignedTechnician(s, command.actor);
        return changing(s, { type: 'dispatch.PartsRecorded', data: { workOrderId: id, movement: command.movement, partNumber: command.partNumber, quantity: command.quantity, by: command.actor.id, at } }, 'parts', at);
      }
      // rule DI-4: a parts variance (issued − used − returned ≠ 0) needs a dispatcher's approval before the order closes
      case 'ApprovePartsVariance': {
        const s = inStatus(state, id, 'approve the parts variance', [...BEFORE_SETTLEMENT, 'settled']);
        const variance = partsVariance(s.parts);
        if (Object.keys(variance).length === 0) throw new InvalidStateError(DISPATCH.NO_PARTS_VARIANCE, 'issued, used and returned parts balance', { workOrderId: id });
        return [{ type: 'dispatch.PartsVarianceApproved', data: { workOrderId: id, variance, reason: command.reason, approvedBy: command.actor.id, at } }];
      }
      // rule DI-6: charges in integer minor units, free or charged, in one currency per order
      case 'RecordCharge': {
        const s = inStatus(state, id, 'record a charge', BEFORE_SETTLEMENT);
        const currency = s.charges[0]?.currency;
        if (currency !== undefined && currency !== command.currency) {
          throw new DomainError(DISPATCH.CURRENCY_MISMATCH, `the order's charges are in ${currency}`, { currency, given: command.currency });
        }
        const item: ChargeItem = { chargeNo: s.charges.length + 1, description: command.description, kind: command.kind, amountMinor: command.amountMinor, currency: command.currency };
        return changing(s, { type: 'dispatch.ChargeRecorded', data: { workOrderId: id, ...item, by: command.actor.id, at } }, 'charges', at);
      }
      // rule DI-5: the customer signs off (comment and satisfaction 1-5) or refuses with a reason; the sign-off carries the digest of the content it signs
      case 'SignOff': {
        const s = inStatus(state, id, 'sign off', ['handed_over']);
        const digest = workOrderContentDigest(s);
        if (s.validSignOffDigest === digest) throw new InvalidStateError(DISPATCH.SIGN_OFF_EXISTS, 'the order as it stands is signed off already', { digest });
        return [{ type: 'dispatch.SignedOff', data: { workOrderId: id, signOff: command.signOff, digest, at } }];
      }
      // rule DI-6: settlement on a valid sign-off: free items confirmed by the customer, charged items with a receipt number
      case 'Settle': {
        const s = inStatus(state, id, 'settle', ['handed_over']);
        if (s.validSignOffDigest === null || s.validSignOffDigest !== workOrderContentDigest(s)) {
          throw new InvalidStateError(DISPATCH.SIGN_OFF_REQUIRED, 'the order as it stands has no sign-off', { workOrderId: id });
        }
        const freeItems = s.charges.filter((c) => c.kind === 'free');
        const chargedItems = s.charges.filter((c) => c.kind === 'charged');
        const chargedTotalMinor = chargedItems.reduce((sum, c) => sum + c.amountMinor, 0);
        if (freeItems.length > 0 && !command.freeItemsConfirmed) throw new DomainError(DISPATCH.FREE_ITEMS_UNCONFIRMED, 'the customer has not confirmed the free items', { freeItems: freeItems.length });
        if (chargedTotalMinor > 0 && command.receiptNumber === null) throw new DomainError(DISPATCH.RECEIPT_NUMBER_REQUIRED, 'charged items are settled with a receipt number', { chargedTotalMinor });
        return [
          {
            type: 'dispatch.Settled',
            data: { workOrderId: id, customerId: s.customer.customerId, freeItems, chargedItems, chargedTotalMinor, currency: s.charges[0]?.currency ?? null, receiptNumber: command.receiptNumber, settledBy: command.actor.id, at },
          },
        ];
      }
      // rule DI-6: equipment taken away gets an equipment receipt; it stays open until the equipment is returned
      case 'IssueEquipmentReceipt': {
        const s = inStatus(state, id, 'issue an equipment receipt', AFTER_ARRIVAL);
        if (s.equipmentReceipts.some((r) => r.receiptNumber === command.receiptNumber)) {
          throw new InvalidStateError(DISPATCH.EQUIPMENT_RECEIPT_EXISTS, `equipment receipt ${command.receiptNumber} exists`, { receiptNumber: command.receiptNumber });
        }
        return [{ type: 'dispatch.EquipmentReceiptIssued', data: { workOrderId: id, receiptNumber: command.receiptNumber, items: command.items, by: command.actor.id, at } }];
      }
      case 'ReturnEquipment': {
        const s = inStatus(state, id, 'return equipment', [...AFTER_ARRIVAL, 'closed']);
        if (!s.equipmentReceipts.some((r) => r.receiptNumber === command.receiptNumber && r.open)) {
          throw new InvalidStateError(DISPATCH.EQUIPMENT_RECEIPT_NOT_OPEN, `no open equipment receipt ${command.receiptNumber}`, { receiptNumber: command.receiptNumber });
        }
        return [{ type: 'dispatch.EquipmentReturned', data: { workOrderId: id, receiptNumber: command.receiptNumber, by: command.actor.id, at } }];
      }
      // rule DI-7: the technician's report (cause, fix, parts, customer opinion) completes the dispatch log
      case 'ReportBack': {
        const s = inStatus(state, id, 'report back', ['handed_over', 'settled']);
        assignedTechnician(s, command.actor);
        return [{ type: 'dispatch.ReportedBack', data: { workOrderId: id, cause: command.cause, fix: command.fix, parts: command.parts, customerOpinion: command.customerOpinion, by: command.actor.id, at } }];
      }
      // rule DI-7: a customer complaint found on site is passed to intake as a complaint
      case 'ReportComplaint': {
        const s = inStatus(state, id, 'report a complaint', [...AFTER_ARRIVAL, 'closed']);
        assignedTechnician(s, command.actor);
        return [{ type: 'dispatch.ComplaintFoundOnSite', data: { workOrderId: id, foundIn: 'on_site', text: command.text, customer: s.customer, product: s.product, reportedBy: command.actor.id, at } }];
      }
      // rule DI-8: the follow-up call with outcome and satisfaction; a low rating or a complaint in the call opens a complaint in intake
      case 'RecordFollowUp': {
        const s = inStatus(state, id, 'record the follow-up', AFTER_HAND_OVER);
        if (s.followedUp) throw new InvalidStateError(DISPATCH.FOLLOW_UP_RECORDED, 'the follow-up call is recorded already', { workOrderId: id });
        const opensComplaint = followUpOpensComplaint(command.policy, command.satisfaction, command.complaint);
        const completed: WorkOrderEvent = {
          type: 'dispatch.FollowUpCompleted',
          policyVersion: dispatchPolicyVersion(command.policy),
          data: {
            workOrderId: id,
            outcome: command.outcome,
            satisfaction: command.satisfaction,
            complaint: command.complaint,
            notes: command.notes,
            opensComplaint,
            late: wouldBeLate(s.obligations, 'follow_up', command.now),
            calledBy: command.actor.id,
            at,
          },
        };
        if (!opensComplaint) return [completed];
        const text = command.complaint ?? `follow-up call: satisfaction ${command.satisfaction} of 5${command.notes ? ` (${command.notes})` : ''}`;
        return [completed, { type: 'dispatch.ComplaintFoundOnSite', data: { workOrderId: id, foundIn: 'follow_up', text, customer: s.customer, product: s.product, reportedBy: command.actor.id, at } }];
      }
      // rule DI-9: conduct recorded against the order's technician with the policy's penalty
      case 'RecordConduct': {
        const s = existing(state, id);
        if (s.status === 'cancelled') throw wrongState(s, 'record conduct');
        if (s.technicianId === null) throw new InvalidStateError(DISPATCH.NO_TECHNICIAN_ASSIGNED, `work order ${id} has no technician`, { workOrderId: id });
        if (s.conduct.includes(command.kind)) throw new InvalidStateError(DISPATCH.CONDUCT_RECORDED, `${command.kind} is recorded on this order already`, { kind: command.kind });
        return [
          {
            type: 'dispatch.ConductRecorded',
            policyVersion: dispatchPolicyVersion(command.policy),
            data: {
              workOrderId: id,
              technicianId: s.technicianId,
              kind: command.kind,
              penaltyMinor: command.policy.conduct.penaltiesMinor[command.kind],
              currency: command.policy.conduct.currency,
              note: command.note,
              recordedBy: command.actor.id,
              at,
            },
          },
        ];
      }
      // rule DI-4: the order closes settled, with its report, and with no unapproved parts variance
      case 'Close': {
        const s = inStatus(state, id, 'close', ['settled']);
        // An order resolved remotely (DI-3) had no visit to report on: the remote attempt's note is its record.
        if (!s.reported && s.remoteAttempt !== 'resolved') throw new InvalidStateError(DISPATCH.REPORT_REQUIRED, 'the technician has not reported back', { workOrderId: id });
        const variance = partsVariance(s.parts);
        if (Object.keys(variance).length > 0 && !sameVariance(variance, s.approvedVariance)) {
          throw new InvalidStateError(DISPATCH.PARTS_VARIANCE_UNAPPROVED, 'the parts variance needs a dispatcher\'s approval', { variance });
        }
        return [{ type: 'dispatch.WorkOrderClosed', data: { workOrderId: id, closedBy: command.actor.id, at } }];
      }
      // rule DI-1: a cancelled QA case cancels its order while nobody has set out
      case 'Cancel': {
        inStatus(state, id, 'cancel', UNSTARTED_STATUSES);
        return [{ type: 'dispatch.WorkOrderCancelled', data: { workOrderId: id, reason: command.reason, cause: command.cause, at } }];
      }
      case 'LinkRevisit': {
        const s = existing(state, id);
        // The same revisit linked again (a retried create) records nothing more.
        if (s.revisits.includes(command.revisitWorkOrderId)) return [];
        return [{ type: 'dispatch.RevisitLinked', data: { workOrderId: id, revisitWorkOrderId: command.revisitWorkOrderId, at } }];
      }
      // rule DI-3: a missed arrival (and DI-8 a missed follow-up) is raised once, with the same event id every time
      case 'MarkDeadlineMissed': {
        if (state.status === 'none' || state.status === 'cancelled') return [];
        const round = missableRound(state.obligations, command.obligation, command.now);
        if (!round) return [];
        return [
          {
            type: 'dispatch.WorkOrderDeadlineMissed',
            id: deterministicUuid(workOrderStream(id), 'deadline-missed', command.obligation, round.dueAt),
            data: { workOrderId: id, obligation: command.obligation, dueAt: round.dueAt, responsibleId: round.responsibleId },
          },
        ];
      }
    }
  },

  evolve(state, event): WorkOrderState {
    if (event.type === 'dispatch.WorkOrderCreated') {
      const d = event.data;
      return {
        status: 'created',
        workOrderId: d.workOrderId,
        region: d.region,
        customer: d.customer,
        product: d.product,
        requestedWork: d.requestedWork,
        source: d.source,
        customerRequiredBy: d.customerRequiredBy,
        createdBy: d.createdBy,
        technicianId: null,
        arrivalBasis: null,
        checkedInAt: null,
        handedOverAt: null,
        steps: [],
        extraWork: [],
        parts: {},
        approvedVariance: null,
        charges: [],
        validSignOffDigest: null,
        equipmentReceipts: [],
        reported: false,
        followedUp: false,
        conduct: [],
        revisits: [],
        outlet: null,
        remoteAttempt: null,
        obligations: applyObligationChanges([], workOrderObligationChanges(event)),
      };
    }
    if (state.status === 'none') return state;
    const s = { ...state, obligations: applyObligationChanges(state.obligations, workOrderObligationChanges(event)) } as ActiveWorkOrder | EndedWorkOrder;
    switch (event.type) {
      case 'dispatch.TechnicianAssigned':
        return { ...s, status: 'assigned', technicianId: event.data.technicianId, arrivalBasis: event.data.arrivalBasis };
      case 'dispatch.ArrivedOnSite':
        return { ...s, status: 'on_site', checkedInAt: event.data.arrivedAt };
      case 'dispatch.JobStepRecorded': {
        const steps = [...s.steps, { step: event.data.step, note: event.data.note, at: event.data.at }];
        return { ...s, status: event.data.status, steps, handedOverAt: event.data.step === 'hand_over' ? event.data.at : s.handedOverAt } as WorkOrderState;
      }
      case 'dispatch.ExtraWorkProposed':
        return { ...s, extraWork: [...s.extraWork, { extraWorkNo: event.data.extraWorkNo, description: event.data.description, state: 'proposed' }] };
      case 'dispatch.ExtraWorkConsentRecorded':
        return withExtraWork(s, event.data.extraWorkNo, event.data.granted ? 'consented' : 'declined');
      case 'dispatch.ExtraWorkPerformed':
        return withExtraWork(s, event.data.extraWorkNo, 'done');
      case 'dispatch.PartsRecorded': {
        const c = s.parts[event.data.partNumber] ?? { issued: 0, used: 0, returned: 0 };
        return { ...s, parts: { ...s.parts, [event.data.partNumber]: { ...c, [event.data.movement]: c[event.data.movement] + event.data.quantity } } };
      }
      case 'dispatch.PartsVarianceApproved':
        return { ...s, approvedVariance: event.data.variance };
      case 'dispatch.ChargeRecorded': {
        const { chargeNo, description, kind, amountMinor, currency } = event.data;
        return { ...s, charges: [...s.charges, { chargeNo, description, kind, amountMinor, currency }] };
      }
      case 'dispatch.SignedOff':
        return { ...s, validSignOffDigest: event.data.digest };
      case 'dispatch.SignOffInvalidated':
        return { ...s, validSignOffDigest: null };
      case 'dispatch.Settled':
        return { ...s, status: 'settled' };
      case 'dispatch.EquipmentReceiptIssued':
        return { ...s, equipmentReceipts: [...s.equipmentReceipts, { receiptNumber: event.data.receiptNumber, open: true }] };
      case 'dispatch.EquipmentReturned':
        return { ...s, equipmentReceipts: s.equipmentReceipts.map((r) => (r.receiptNumber === event.data.receiptNumber ? { ...r, open: false } : r)) };
      case 'dispatch.ReportedBack':
        return { ...s, reported: true };
      case 'dispatch.FollowUpCompleted':
        return { ...s, followedUp: true };
      case 'dispatch.ConductRecorded':
        return { ...s, conduct: [...s.conduct, event.data.kind] };
      case 'dispatch.WorkOrderClosed':
        return { ...s, status: 'closed' };
      case 'dispatch.WorkOrderCancelled':
        return { ...s, status: 'cancelled' };
      case 'dispatch.RevisitLinked':
        return { ...s, revisits: [...s.revisits, event.data.revisitWorkOrderId] };
      case 'dispatch.OutletAssigned':
        return { ...s, status: 'assigned', outlet: { outletId: event.data.outletId, name: event.data.outletName, scope: event.data.scope } };
      case 'dispatch.RemoteAttemptStarted':
        return { ...s, remoteAttempt: 'in_progress' };
      case 'dispatch.RemoteAttemptCompleted':
        return event.data.resolved
          ? ({ ...s, remoteAttempt: 'resolved', status: 'handed_over', handedOverAt: event.data.at } as WorkOrderState)
          : { ...s, remoteAttempt: 'unresolved', arrivalBasis: event.data.arrivalBasis };
      case 'dispatch.ComplaintFoundOnSite':
      case 'dispatch.WorkOrderDeadlineMissed':
        return s;
      default:
        return unknownEvent(event, s);
    }
  },
};

function extraWorkOf(s: WorkOrderData, extraWorkNo: number): ExtraWork {
  const work = s.extraWork.find((w) => w.extraWorkNo === extraWorkNo);
  if (!work) throw new DomainError(DISPATCH.EXTRA_WORK_UNKNOWN, `work order ${s.workOrderId} has no extra work ${extraWorkNo}`, { extraWorkNo });
  return work;
}

function withExtraWork<S extends WorkOrderData>(s: S, extraWorkNo: number, next: ExtraWork['state']): S {
  return { ...s, extraWork: s.extraWork.map((w) => (w.extraWorkNo === extraWorkNo ? { ...w, state: next } : w)) };
}

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownEvent(event: never, state: WorkOrderState): WorkOrderState {
  void event;
  return state;
}

/** An earlier order as the revisit search sees it. */
export interface EarlierOrder {
  readonly workOrderId: string;
  readonly serialNumber: string | null;
  readonly faultCode: string | null;
  readonly createdAt: string;
  readonly status: WorkOrderStatus;
}

/**
 * First-time fix: the most recent earlier order on the same serial number and fault, created within
 * `lookBackDays` before `createdAt` and not cancelled; null when there is none, or the new order has
 * no serial number or fault to match on.
 */
export function findRevisitOf(earlier: readonly EarlierOrder[], order: { readonly serialNumber: string | null; readonly faultCode: string | null; readonly createdAt: string }, lookBackDays: number): string | null {
  if (order.serialNumber === null || order.faultCode === null) return null;
  const since = new Date(order.createdAt).getTime() - lookBackDays * 86_400_000;
  const matches = earlier.filter(
    (o) => o.serialNumber === order.serialNumber && o.faultCode === order.faultCode && o.status !== 'cancelled' && new Date(o.createdAt).getTime() >= since && o.createdAt <= order.createdAt,
  );
  return matches.reduce<EarlierOrder | null>((best, o) => (best === null || o.createdAt > best.createdAt ? o : best), null)?.workOrderId ?? null;
}
