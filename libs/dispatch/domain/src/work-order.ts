import type { OutletScope } from './outlet.decider';
import type { FreeRepairDecision } from './free-repair';

/**
 * The work order's vocabulary (DOMAIN.md DI-1..DI-9). Values are stable identifiers: they are
 * stored in events, so a value is never renamed.
 */

// rule DI-4: the job flow, in order: accept → travel → (check-in) on site → diagnose → repair → self-check → lead check → final QC → hand-over
export const WORK_ORDER_STATUSES = [
  'created',
  'assigned',
  'accepted',
  'travelling',
  'on_site',
  'diagnosed',
  'repaired',
  'self_checked',
  'lead_checked',
  'qc_passed',
  'handed_over',
  'settled',
  'closed',
  'cancelled',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
/** The statuses a work order ends in: it takes no command but the follow-up call (DI-8) after closing. */
export type WorkOrderTerminalStatus = Extract<WorkOrderStatus, 'closed' | 'cancelled'>;
export const WORK_ORDER_TERMINAL_STATUSES: readonly WorkOrderStatus[] = ['closed', 'cancelled'] satisfies readonly WorkOrderTerminalStatus[];
/** Statuses before anyone set out: a QA case cancellation cancels an order still in one of these (DI-1). */
export const UNSTARTED_STATUSES: readonly WorkOrderStatus[] = ['created', 'assigned', 'accepted'];

/** What a work order owes, each with a due time (obligations.ts): arrival on site (DI-3), the follow-up call (DI-8). */
export const WORK_ORDER_OBLIGATIONS = ['arrival', 'follow_up'] as const;
export type WorkOrderObligation = (typeof WORK_ORDER_OBLIGATIONS)[number];

/** The roles of dispatch (docs/dispatch.md). */
export type DispatchRole = 'dispatcher' | 'outlet_staff' | 'technician' | 'qa' | 'customer_service' | 'auditor' | 'admin' | 'system';

/** The job steps a command moves on (check-in is its own command, with the location). */
export const JOB_STEPS = ['accept', 'travel', 'diagnose', 'repair', 'self_check', 'lead_check', 'final_qc', 'hand_over'] as const;
export type JobStep = (typeof JOB_STEPS)[number];

// rule DI-4: each step from the status before it, by the right role (the assigned technician for the technician's steps)
export const JOB_STEP_RULES: { readonly [S in JobStep]: { readonly from: WorkOrderStatus; readonly to: WorkOrderStatus; readonly roles: readonly DispatchRole[] } } = {
  accept: { from: 'assigned', to: 'accepted', roles: ['technician'] },
  travel: { from: 'accepted', to: 'travelling', roles: ['technician'] },
  diagnose: { from: 'on_site', to: 'diagnosed', roles: ['technician'] },
  repair: { from: 'diagnosed', to: 'repaired', roles: ['technician'] },
  self_check: { from: 'repaired', to: 'self_checked', roles: ['technician'] },
  // The service lead checks the technician's work; final QC (100%) is quality's.
  lead_check: { from: 'self_checked', to: 'lead_checked', roles: ['dispatcher'] },
  final_qc: { from: 'lead_checked', to: 'qc_passed', roles: ['qa'] },
  hand_over: { from: 'qc_passed', to: 'handed_over', roles: ['technician'] },
};

/** How a work order came to be (DI-1, DI-2). */
export type WorkOrderSource =
  | { readonly kind: 'phone'; readonly callerName: string | null; readonly callerPhone: string | null }
  | { readonly kind: 'qa_disposition'; readonly caseId: string; readonly complaintId: string | null; readonly dispositionEventId: string }
  | OutletRequestSource;

/**
 * DI-2: a request taken at an outlet: the scope of the work asked for, and the free-repair decision
 * with where the receipt date came from (intake's record of the serial number, via its published
 * ComplaintRegistered, or the proof the customer showed at the counter).
 */
export interface OutletRequestSource {
  readonly kind: 'outlet';
  readonly outletId: string;
  readonly scope: OutletScope;
  readonly freeRepair: FreeRepairDecision;
  readonly receipt: ReceiptEvidence;
}

/** Where a request's goods-received date came from (DI-2): intake's record (the complaint that registered it), the customer's proof, or nowhere. */
export type ReceiptEvidence =
  | { readonly from: 'intake'; readonly goodsReceivedOn: string; readonly complaintId: string }
  | { readonly from: 'request'; readonly goodsReceivedOn: string }
  | { readonly from: 'none' };

export interface ProductRef {
  readonly model: string;
  /** The product line a technician must be qualified for (TR-2). */
  readonly productLine: string;
  readonly serialNumber: string | null;
}

/** Where the technician says they are at check-in (DI-3): free text or coordinates. */
export type ReportedLocation = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'coordinates'; readonly latitude: number; readonly longitude: number };

export const PART_MOVEMENTS = ['issued', 'used', 'returned'] as const;
export type PartMovement = (typeof PART_MOVEMENTS)[number];

export const CONDUCT_KINDS = ['late_arrival', 'left_without_report', 'incomplete_report', 'dispute'] as const;
export type ConductKind = (typeof CONDUCT_KINDS)[number];

export const FOLLOW_UP_OUTCOMES = ['reached', 'unreachable'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
