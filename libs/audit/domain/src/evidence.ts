/**
 * Certification evidence read from the complete record (AU-4, AU-5, AU-6): a pure fold over archived
 * events of every context, never a call to another service. Audit holds each context's private
 * events (AU-1); this file is the one place that reads their shapes, by type name and field, so a
 * context that renames a field breaks `evidence.spec.ts` here, not silently the evidence. Stored
 * events never change meaning (ARCHITECTURE.md "Events"), so what is read here stays readable.
 * An event type this file does not know is ignored.
 */

/** An archived event as evidence reads it (the archive's ArchivedEvent). */
export interface RecordEvent {
  readonly id: string;
  readonly type: string;
  readonly stream: string;
  readonly occurredAt: string;
  readonly region: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly policyVersion: string | null;
  readonly data: unknown;
}

/** An instant range [from, to) (ISO-8601 UTC). */
export interface InstantRange {
  readonly from: string;
  readonly to: string;
}

// ---- commitments (AU-4, AU-5) ----

/**
 * The service commitments tracked: intake's acknowledgement and report-up (IN-7, IN-8), dispatch's
 * on-site arrival (DI-3) and follow-up call (DI-8), warehouse-returns' return note to the customer (WR-6).
 */
export const COMMITMENT_KINDS = ['acknowledge', 'report_up', 'arrival', 'follow_up', 'return_note'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** kept: met by its due time; late: met after it; missed: past due and not met (or recorded missed); open: not due yet; cancelled: the case ended before it was due. */
export const COMMITMENT_OUTCOMES = ['kept', 'late', 'missed', 'open', 'cancelled'] as const;
export type CommitmentOutcome = (typeof COMMITMENT_OUTCOMES)[number];

export interface Commitment {
  readonly kind: CommitmentKind;
  readonly context: string;
  /** The case's stream (its id after the context's prefix). */
  readonly caseStream: string;
  readonly region: string;
  readonly openedAt: string;
  readonly dueAt: string;
  /** Who answers for it (the complaint's owner, the assigned technician); null when nobody is named. */
  readonly responsibleId: string | null;
  /** The responsible technician's employer (dispatch), `in-house` when none; null for intake. */
  readonly team: string | null;
  readonly metAt: string | null;
  readonly outcome: CommitmentOutcome;
  /** The policy version of the event that opened it. */
  readonly policyVersion: string | null;
}

// ---- the other sections of the evidence pack ----

export interface ComplaintRecord {
  readonly complaintId: string;
  readonly region: string;
  readonly receivedAt: string;
  readonly category: string | null;
  readonly severity: string | null;
  readonly highPriority: boolean;
  /** IN-10: a repeat of an earlier complaint. */
  readonly repeat: boolean;
  readonly ownerId: string | null;
  readonly acceptance: string | null;
  readonly acknowledgedAt: string | null;
  readonly escalations: number;
  readonly status: 'open' | 'closed' | 'invalidated' | 'withdrawn';
  readonly endedAt: string | null;
  readonly resolution: string | null;
}

export interface SatisfactionResult {
  readonly workOrderId: string;
  readonly region: string;
  /** `sign_off` (the customer's signature on site) or `follow_up` (the call, DI-8). */
  readonly source: 'sign_off' | 'follow_up';
  readonly at: string;
  /** The customer's score; null when the call got none or the sign-off was refused. */
  readonly satisfaction: number | null;
  /** The follow-up's outcome, or `signed` / `refused`. */
  readonly outcome: string;
  readonly opensComplaint: boolean;
  readonly technicianId: string | null;
  readonly team: string | null;
}

export interface CapaRecord {
  readonly capaId: string;
  readonly caseId: string | null;
  readonly region: string;
  readonly openedAt: string;
  readonly dueAt: string | null;
  readonly required: boolean;
  readonly ownerId: string | null;
  readonly verifications: number;
  readonly passedVerifications: number;
  readonly overdue: boolean;
  readonly closedAt: string | null;
  /** Closed by its due time; null while open. */
  readonly closedOnTime: boolean | null;
}

/** A return of goods (WR-1..WR-7) as the evidence shows it: how it came, how it ended, its receipt and return note. */
export interface ReturnRecord {
  readonly returnRequestId: string;
  readonly region: string;
  readonly customerId: string;
  readonly reason: string;
  /** `after_sales` (entered by the section) or `qa_disposition` (made from QA's decision on caseId). */
  readonly source: string;
  readonly caseId: string | null;
  readonly openedAt: string;
  readonly status: 'open' | 'approved' | 'refused' | 'booked' | 'closed';
  /** Who refused it: a signer, the ratio check, or QA's inspection (QA-6), with the explanation. */
  readonly refusal: { readonly kind: string; readonly explanation: string } | null;
  readonly approvedAt: string | null;
  /** QA's inspection: `signed` or `refused`; null before one. */
  readonly inspection: string | null;
  readonly receiptNoteNumber: string | null;
  readonly bookedAt: string | null;
  readonly bookedQuantity: number | null;
  readonly costsBorneBy: string | null;
  readonly returnNoteSentAt: string | null;
}

/** A policy or calendar version that decided something in the period (the events carrying it). */
export interface VersionInForce {
  readonly context: string;
  readonly kind: 'policy' | 'calendar';
  readonly version: string;
  readonly events: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

export interface WorkOrderRecord {
  readonly workOrderId: string;
  readonly region: string;
  readonly createdAt: string;
  readonly revisit: boolean;
}

/** Everything the record says for one region, before it is cut to a period. */
export interface RecordFacts {
  readonly commitments: readonly Commitment[];
  readonly complaints: readonly ComplaintRecord[];
  readonly workOrders: readonly WorkOrderRecord[];
  readonly satisfaction: readonly SatisfactionResult[];
  readonly capas: readonly CapaRecord[];
  readonly returns: readonly ReturnRecord[];
  readonly versions: readonly VersionInForce[];
  /** The latest exchange-ratio figures per customer (finance-ratio's RatioEvaluated), summed: exchanged or returned ÷ purchased quantity. */
  readonly exchange: { readonly numerator: number; readonly purchased: number; readonly customers: number };
}

// ---- reading the record ----

type Data = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const dataOf = (e: RecordEvent): Data => (e.data && typeof e.data === 'object' ? (e.data as Data) : {});
const contextOf = (stream: string): string => stream.slice(0, Math.max(0, stream.indexOf('.')));

interface MutableCommitment {
  kind: CommitmentKind;
  context: string;
  caseStream: string;
  region: string;
  openedAt: string;
  dueAt: string;
  responsibleId: string | null;
  team: string | null;
  metAt: string | null;
  metLate: boolean | null;
  missedRecorded: boolean;
  endedAt: string | null;
  policyVersion: string | null;
}

function outcomeOf(c: MutableCommitment, asOf: string): CommitmentOutcome {
  if (c.metAt) return (c.metLate ?? c.metAt > c.dueAt) || c.missedRecorded ? 'late' : 'kept';
  if (c.missedRecorded) return 'missed';
  if (c.endedAt && c.endedAt <= c.dueAt) return 'cancelled';
  return asOf >= c.dueAt ? 'missed' : 'open';
}

/**
 * Folds archived events (any order of streams; each stream's events in order) into the facts the
 * evidence is made of, as they stand at `asOf` (a commitment past due and unmet by then is missed).
 */
export function readRecord(events: readonly RecordEvent[], asOf: string): RecordFacts {
  const commitments = new Map<string, MutableCommitment>();
  const complaints = new Map<string, { -readonly [K in keyof ComplaintRecord]: ComplaintRecord[K] }>();
  const workOrders = new Map<string, WorkOrderRecord & { technicianId: string | null }>();
  const satisfaction: SatisfactionResult[] = [];
  const capas = new Map<string, { -readonly [K in keyof CapaRecord]: CapaRecord[K] }>();
  const versions = new Map<string, { -readonly [K in keyof VersionInForce]: VersionInForce[K] }>();
  const teams = new Map<string, string>();
  const ratios = new Map<string, { numerator: number; purchased: number }>();
  const returns = new Map<string, { -readonly [K in keyof ReturnRecord]: ReturnRecord[K] } & { openedBy: string | null }>();

  const key = (stream: string, kind: CommitmentKind) => `${stream}#${kind}`;
  const open = (e: RecordEvent, kind: CommitmentKind, dueAt: string, responsibleId: string | null, team: string | null) =>
    commitments.set(key(e.stream, kind), {
      kind,
      context: contextOf(e.stream),
      caseStream: e.stream,
      region: e.region,
      openedAt: e.occurredAt,
      dueAt,
      responsibleId,
      team,
      metAt: null,
      metLate: null,
      missedRecorded: false,
      endedAt: null,
      policyVersion: e.policyVersion,
    });
  const meet = (e: RecordEvent, kind: CommitmentKind, late: boolean | null = null) => {
    const c = commitments.get(key(e.stream, kind));
    if (c && !c.metAt) Object.assign(c, { metAt: e.occurredAt, metLate: late });
  };
  const miss = (e: RecordEvent, kind: unknown) => {
    const c = typeof kind === 'string' ? commitments.get(key(e.stream, kind as CommitmentKind)) : undefined;
    if (c) c.missedRecorded = true;
  };
  const end = (e: RecordEvent) => {
    for (const kind of COMMITMENT_KINDS) {
      const c = commitments.get(key(e.stream, kind));
      if (c && !c.endedAt) c.endedAt = e.occurredAt;
    }
  };
  const seen = (e: RecordEvent, kind: 'policy' | 'calendar', version: string | null) => {
    if (!version) return;
    const context = contextOf(e.stream);
    const k = `${context}|${kind}|${version}`;
    const v = versions.get(k);
    if (!v) versions.set(k, { context, kind, version, events: 1, firstSeen: e.occurredAt, lastSeen: e.occurredAt });
    else Object.assign(v, { events: v.events + 1, firstSeen: e.occurredAt < v.firstSeen ? e.occurredAt : v.firstSeen, lastSeen: e.occurredAt > v.lastSeen ? e.occurredAt : v.lastSeen });
  };

  for (const e of events) {
    const d = dataOf(e);
    seen(e, 'policy', e.policyVersion);
    seen(e, 'calendar', str(d.calendarVersion));
    switch (e.type) {
      // ---- intake (IN-7, IN-8, IN-10) ----
      case 'intake.ComplaintRegistered': {
        const facts = (d.facts ?? {}) as Data;
        const ownerId = str(d.ownerId) ?? str(d.registeredBy);
        for (const due of (d.deadlines ?? []) as { obligation: string; dueAt: string }[]) {
          if (due.obligation === 'acknowledge' || due.obligation === 'report_up') open(e, due.obligation, due.dueAt, ownerId, null);
        }
        complaints.set(e.stream, {
          complaintId: str(d.complaintId) ?? e.stream,
          region: e.region,
          receivedAt: str(facts.receivedAt) ?? e.occurredAt,
          category: str(facts.category),
          severity: str(facts.severity),
          highPriority: d.highPriority === true,
          repeat: d.repeatOf !== null && d.repeatOf !== undefined,
          ownerId,
          acceptance: null,
          acknowledgedAt: null,
          escalations: 0,
          status: 'open',
          endedAt: null,
          resolution: null,
        });
        break;
      }
      case 'intake.DeadlinesRecounted':
        for (const due of (d.deadlines ?? []) as { obligation: string; dueAt: string }[]) {
          const c = commitments.get(key(e.stream, due.obligation as CommitmentKind));
          if (c) c.dueAt = due.dueAt;
        }
        break;
      case 'intake.AcceptanceDecided': {
        const c = complaints.get(e.stream);
        if (c) c.acceptance = str(d.kind);
        break;
      }
      case 'intake.ComplaintAcknowledged': {
        meet(e, 'acknowledge');
        const c = complaints.get(e.stream);
        if (c && !c.acknowledgedAt) c.acknowledgedAt = e.occurredAt;
        break;
      }
      case 'intake.ComplaintForwarded':
        if (((d.targets ?? []) as { target: string }[]).some((t) => t.target === 'supervisor')) meet(e, 'report_up');
        break;
      case 'intake.ComplaintEscalated': {
        meet(e, 'report_up');
        const c = complaints.get(e.stream);
        if (c) c.escalations += 1;
        break;
      }
      case 'intake.DeadlineMissed':
        miss(e, d.obligation);
        break;
      case 'intake.ComplaintClosed':
      case 'intake.ComplaintInvalidated':
      case 'intake.ComplaintWithdrawn': {
        end(e);
        const c = complaints.get(e.stream);
        if (c) {
          c.status = e.type === 'intake.ComplaintClosed' ? 'closed' : e.type === 'intake.ComplaintInvalidated' ? 'invalidated' : 'withdrawn';
          c.endedAt = e.occurredAt;
          c.resolution = str(d.resolutionSummary) ?? str(d.reason);
        }
        break;
      }
      // ---- dispatch (DI-3, DI-8) ----
      case 'dispatch.TechnicianRegistered':
        if (str(d.technicianId)) teams.set(str(d.technicianId) as string, str(d.employer) ?? 'in-house');
        break;
      case 'dispatch.WorkOrderCreated':
        workOrders.set(e.stream, { workOrderId: str(d.workOrderId) ?? e.stream, region: e.region, createdAt: e.occurredAt, revisit: !!str(d.revisitOf), technicianId: null });
        break;
      case 'dispatch.TechnicianAssigned': {
        const technicianId = str(d.technicianId);
        const team = technicianId ? (teams.get(technicianId) ?? 'in-house') : null;
        const w = workOrders.get(e.stream);
        if (w) w.technicianId = technicianId;
        const c = commitments.get(key(e.stream, 'arrival'));
        if (d.reassigned === true && c) Object.assign(c, { dueAt: str(d.arrivalDueAt) ?? c.dueAt, responsibleId: technicianId, team });
        else if (str(d.arrivalDueAt)) open(e, 'arrival', str(d.arrivalDueAt) as string, technicianId, team);
        break;
      }
      case 'dispatch.ArrivedOnSite':
        meet(e, 'arrival', typeof d.late === 'boolean' ? d.late : null);
        break;
      case 'dispatch.JobStepRecorded':
        if (d.step === 'hand_over' && str(d.followUpDueAt)) {
          const technicianId = workOrders.get(e.stream)?.technicianId ?? null;
          open(e, 'follow_up', str(d.followUpDueAt) as string, technicianId, technicianId ? (teams.get(technicianId) ?? 'in-house') : null);
        }
        break;
      case 'dispatch.FollowUpCompleted':
      case 'dispatch.SignedOff': {
        const technicianId = workOrders.get(e.stream)?.technicianId ?? null;
        const team = technicianId ? (teams.get(technicianId) ?? 'in-house') : null;
        const workOrderId = str(d.workOrderId) ?? e.stream;
        if (e.type === 'dispatch.FollowUpCompleted') {
          meet(e, 'follow_up', typeof d.late === 'boolean' ? d.late : null);
          satisfaction.push({ workOrderId, region: e.region, source: 'follow_up', at: e.occurredAt, satisfaction: num(d.satisfaction), outcome: str(d.outcome) ?? 'unknown', opensComplaint: d.opensComplaint === true, technicianId, team });
        } else {
          const signOff = (d.signOff ?? {}) as Data;
          satisfaction.push({ workOrderId, region: e.region, source: 'sign_off', at: e.occurredAt, satisfaction: num(signOff.satisfaction), outcome: str(signOff.kind) ?? 'unknown', opensComplaint: false, technicianId, team });
        }
        break;
      }
      case 'dispatch.WorkOrderDeadlineMissed':
        miss(e, d.obligation);
        break;
      case 'dispatch.WorkOrderCancelled':
        end(e);
        break;
      // ---- qa (QA-4: CAPA closure) ----
      case 'qa.CapaOpened': {
        const plan = (d.plan ?? {}) as Data;
        capas.set(e.stream, {
          capaId: str(d.capaId) ?? e.stream,
          caseId: str(d.caseId),
          region: e.region,
          openedAt: e.occurredAt,
          dueAt: str(d.dueAt),
          required: d.required === true,
          ownerId: str(plan.ownerId),
          verifications: 0,
          passedVerifications: 0,
          overdue: false,
          closedAt: null,
          closedOnTime: null,
        });
        break;
      }
      case 'qa.CapaUpdated': {
        const c = capas.get(e.stream);
        if (c && str(d.dueAt)) c.dueAt = str(d.dueAt);
        break;
      }
      case 'qa.CapaVerificationRecorded': {
        const c = capas.get(e.stream);
        if (c) {
          c.verifications += 1;
          if (d.result === 'pass') c.passedVerifications += 1;
        }
        break;
      }
      case 'qa.CapaOverdue': {
        const c = capas.get(e.stream);
        if (c) c.overdue = true;
        break;
      }
      case 'qa.CapaReopened': {
        const c = capas.get(e.stream);
        if (c) Object.assign(c, { closedAt: null, closedOnTime: null, dueAt: str(d.dueAt) ?? c.dueAt });
        break;
      }
      case 'qa.CapaClosed': {
        const c = capas.get(e.stream);
        if (c) Object.assign(c, { closedAt: e.occurredAt, closedOnTime: c.dueAt === null ? true : e.occurredAt <= c.dueAt });
        break;
      }
      // ---- warehouse-returns (WR-1..WR-7, QA-6; the WR-6 return note) ----
      case 'warehouse-returns.ReturnRequestOpened': {
        const source = (d.source ?? {}) as Data;
        returns.set(e.stream, {
          returnRequestId: str(d.returnRequestId) ?? e.stream,
          region: e.region,
          customerId: str(d.customerId) ?? '',
          reason: str(d.reason) ?? 'unknown',
          source: str(source.kind) ?? 'unknown',
          caseId: str(source.caseId),
          openedAt: e.occurredAt,
          status: 'open',
          refusal: null,
          approvedAt: null,
          inspection: null,
          receiptNoteNumber: null,
          bookedAt: null,
          bookedQuantity: null,
          costsBorneBy: null,
          returnNoteSentAt: null,
          openedBy: e.actor.role === 'system' ? null : (str(d.openedBy) ?? e.actor.id),
        });
        break;
      }
      case 'warehouse-returns.ReturnRequestApproved': {
        const r = returns.get(e.stream);
        if (r) Object.assign(r, { status: 'approved', approvedAt: e.occurredAt });
        break;
      }
      case 'warehouse-returns.ReturnRequestRefused': {
        const r = returns.get(e.stream);
        if (r) Object.assign(r, { status: 'refused', refusal: { kind: str(d.kind) ?? 'unknown', explanation: str(d.explanation) ?? '' } });
        break;
      }
      // A request refused by the ratio check goes on when a company leader signs the exception step (WR-2).
      case 'warehouse-returns.StepSigned': {
        const r = returns.get(e.stream);
        if (r && r.status === 'refused') Object.assign(r, { status: 'open', refusal: null });
        break;
      }
      case 'warehouse-returns.InspectionRecorded': {
        const r = returns.get(e.stream);
        if (r) r.inspection = str(d.verdict);
        break;
      }
      case 'warehouse-returns.ReturnBookedIn': {
        const r = returns.get(e.stream);
        const lines = (d.lines ?? []) as { quantity?: unknown }[];
        if (r) Object.assign(r, { status: 'booked', receiptNoteNumber: str(d.receiptNoteNumber), bookedAt: e.occurredAt, bookedQuantity: lines.reduce((sum, l) => sum + (num(l.quantity) ?? 0), 0), costsBorneBy: str(d.costsBorneBy) });
        for (const due of (d.deadlines ?? []) as { obligation: string; dueAt: string }[]) {
          if (due.obligation === 'return_note') open(e, 'return_note', due.dueAt, r?.openedBy ?? null, null);
        }
        break;
      }
      case 'warehouse-returns.ReturnNoteSent': {
        meet(e, 'return_note', typeof d.late === 'boolean' ? d.late : null);
        const r = returns.get(e.stream);
        if (r) Object.assign(r, { status: 'closed', returnNoteSentAt: e.occurredAt });
        break;
      }
      case 'warehouse-returns.ReturnRequestDeadlineMissed':
        miss(e, d.obligation);
        break;
      // ---- finance-ratio (the exchange ratio, 调换率) ----
      case 'finance-ratio.RatioEvaluated': {
        const quantity = (((d.snapshot ?? {}) as Data).quantity ?? {}) as Data;
        const customerId = str(d.customerId);
        if (customerId && num(quantity.numerator) !== null && num(quantity.purchased) !== null) ratios.set(customerId, { numerator: quantity.numerator as number, purchased: quantity.purchased as number });
        break;
      }
    }
  }

  const exchange = [...ratios.values()].reduce<RecordFacts['exchange']>((s, r) => ({ numerator: s.numerator + r.numerator, purchased: s.purchased + r.purchased, customers: s.customers + 1 }), { numerator: 0, purchased: 0, customers: 0 });
  return {
    commitments: [...commitments.values()].map(({ metLate: _l, missedRecorded: _m, endedAt: _e, ...c }) => ({ ...c, outcome: outcomeOf({ ...c, metLate: _l, missedRecorded: _m, endedAt: _e }, asOf) })),
    complaints: [...complaints.values()],
    workOrders: [...workOrders.values()].map(({ technicianId: _t, ...w }) => w),
    satisfaction,
    capas: [...capas.values()],
    returns: [...returns.values()].map(({ openedBy: _o, ...r }) => r),
    versions: [...versions.values()].sort((a, b) => a.context.localeCompare(b.context) || a.kind.localeCompare(b.kind) || a.firstSeen.localeCompare(b.firstSeen)),
    exchange,
  };
}

const within = (instant: string | null, range: InstantRange): boolean => instant !== null && instant >= range.from && instant < range.to;

// ---- AU-4: the evidence pack ----

export interface NonconformityLine {
  readonly nonconformityId: string;
  readonly raisedAt: string;
  readonly clause: string;
  readonly finding: string;
  readonly status: string;
  readonly correctiveAction: string | null;
  readonly effective: boolean | null;
}

export interface EvidencePack {
  readonly region: string;
  readonly period: { readonly key: string; readonly from: string; readonly to: string };
  readonly asOf: string;
  readonly commitments: readonly Commitment[];
  readonly commitmentSummary: readonly CommitmentCount[];
  readonly complaints: readonly ComplaintRecord[];
  readonly satisfaction: readonly SatisfactionResult[];
  readonly capas: readonly CapaRecord[];
  /** Returns opened, booked or closed in the period (WR-1..WR-7). */
  readonly returns: readonly ReturnRecord[];
  readonly versions: readonly VersionInForce[];
  readonly nonconformities: readonly NonconformityLine[];
}

export interface CommitmentCount {
  readonly kind: CommitmentKind;
  readonly due: number;
  readonly kept: number;
  readonly late: number;
  readonly missed: number;
  readonly open: number;
  readonly cancelled: number;
}

export function countCommitments(commitments: readonly Commitment[]): CommitmentCount[] {
  return COMMITMENT_KINDS.map((kind) => {
    const of = commitments.filter((c) => c.kind === kind);
    const n = (o: CommitmentOutcome) => of.filter((c) => c.outcome === o).length;
    return { kind, due: of.length, kept: n('kept'), late: n('late'), missed: n('missed'), open: n('open'), cancelled: n('cancelled') };
  });
}

// rule AU-4: the evidence pack of a period and region, from the complete record
/**
 * The evidence a certification audit asks for, for one region and period: the commitments due in
 * the period and whether they were kept, the complaints received in it and how they were handled,
 * the satisfaction results recorded in it, the CAPAs opened, due or closed in it, the policy and
 * calendar versions that decided anything in it, and audit's own nonconformities raised in it.
 */
export function evidencePack(facts: RecordFacts, region: string, period: { key: string } & InstantRange, asOf: string, nonconformities: readonly NonconformityLine[]): EvidencePack {
  const commitments = facts.commitments.filter((c) => c.region === region && within(c.dueAt, period)).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.kind.localeCompare(b.kind));
  return {
    region,
    period: { key: period.key, from: period.from, to: period.to },
    asOf,
    commitments,
    commitmentSummary: countCommitments(commitments),
    complaints: facts.complaints.filter((c) => c.region === region && within(c.receivedAt, period)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)),
    satisfaction: facts.satisfaction.filter((s) => s.region === region && within(s.at, period)).sort((a, b) => a.at.localeCompare(b.at)),
    capas: facts.capas.filter((c) => c.region === region && (within(c.openedAt, period) || within(c.dueAt, period) || within(c.closedAt, period))).sort((a, b) => a.openedAt.localeCompare(b.openedAt)),
    returns: facts.returns.filter((r) => r.region === region && (within(r.openedAt, period) || within(r.bookedAt, period) || within(r.returnNoteSentAt, period))).sort((a, b) => a.openedAt.localeCompare(b.openedAt)),
    versions: facts.versions.filter((v) => v.lastSeen >= period.from && v.firstSeen < period.to),
    nonconformities,
  };
}

// ---- AU-5: service-defect disclosure ----

export interface DisclosureRow {
  readonly period: string;
  readonly region: string;
  readonly kind: CommitmentKind;
  readonly due: number;
  readonly keptOnTime: number;
  readonly keptLate: number;
  readonly missed: number;
  /** (late + missed) ÷ the commitments decided (due minus open and cancelled); null when none. */
  readonly defectRate: number | null;
}

// rule AU-5: missed commitments aggregated by period, region and kind, with no personal data
/**
 * Service defects as counts only: no case id, no person, no customer. Rows exist for every kind,
 * zero or not, so a reader sees what was measured.
 */
export function disclosure(facts: RecordFacts, region: string, period: { key: string } & InstantRange): DisclosureRow[] {
  const commitments = facts.commitments.filter((c) => c.region === region && within(c.dueAt, period));
  return countCommitments(commitments).map((c) => {
    const decided = c.kept + c.late + c.missed;
    return { period: period.key, region, kind: c.kind, due: c.due, keptOnTime: c.kept, keptLate: c.late, missed: c.missed, defectRate: rate(c.late + c.missed, decided) };
  });
}

// ---- AU-6: KPIs ----

export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator ÷ denominator to 4 decimals; null when the denominator is 0. */
  readonly rate: number | null;
}

export const KPI_SCOPES = ['region', 'team', 'person'] as const;
export type KpiScope = (typeof KPI_SCOPES)[number];

export interface KpiRow {
  readonly scope: KpiScope;
  /** The region, the team (technician's employer) or the person (user or technician id). */
  readonly key: string;
  /** Commitments kept on time ÷ commitments decided (kept, late or missed), due in the period. */
  readonly timeliness: Ratio;
  /** Complaints that repeat an earlier one (IN-10) ÷ complaints received; region and complaint owner. */
  readonly repeatRate: Ratio | null;
  /** Satisfaction scores given (sign-off and follow-up) and their mean. */
  readonly satisfaction: { readonly scores: number; readonly mean: number | null };
  /** Region: complaints received ÷ work orders created. Team and person: follow-up calls that opened a complaint ÷ follow-up calls. */
  readonly complaintRate: Ratio | null;
  /** Region only: exchanged or returned quantity ÷ purchased quantity over the customers' latest ratio (finance-ratio). */
  readonly exchangeRatio: Ratio | null;
}

function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 10000;
}
const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator, rate: rate(numerator, denominator) });

function timelinessOf(commitments: readonly Commitment[]): Ratio {
  const decided = commitments.filter((c) => c.outcome === 'kept' || c.outcome === 'late' || c.outcome === 'missed');
  return ratio(decided.filter((c) => c.outcome === 'kept').length, decided.length);
}

function satisfactionOf(results: readonly SatisfactionResult[]): KpiRow['satisfaction'] {
  const scores = results.flatMap((r) => (r.satisfaction === null ? [] : [r.satisfaction]));
  return { scores: scores.length, mean: scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 };
}

function followUpComplaintRate(results: readonly SatisfactionResult[]): Ratio {
  const calls = results.filter((r) => r.source === 'follow_up');
  return ratio(calls.filter((r) => r.opensComplaint).length, calls.length);
}

// rule AU-6: timeliness, repeat rate, satisfaction, complaint rate and exchange ratio by period, region, team and person
export function kpis(facts: RecordFacts, region: string, period: InstantRange): KpiRow[] {
  const commitments = facts.commitments.filter((c) => c.region === region && within(c.dueAt, period));
  const complaints = facts.complaints.filter((c) => c.region === region && within(c.receivedAt, period));
  const results = facts.satisfaction.filter((s) => s.region === region && within(s.at, period));
  const workOrders = facts.workOrders.filter((w) => w.region === region && within(w.createdAt, period));
  const rows: KpiRow[] = [
    {
      scope: 'region',
      key: region,
      timeliness: timelinessOf(commitments),
      repeatRate: ratio(complaints.filter((c) => c.repeat).length, complaints.length),
      satisfaction: satisfactionOf(results),
      complaintRate: ratio(complaints.length, workOrders.length),
      exchangeRatio: facts.exchange.customers === 0 ? null : ratio(facts.exchange.numerator, facts.exchange.purchased),
    },
  ];
  const teams = [...new Set([...commitments.map((c) => c.team), ...results.map((r) => r.team)].filter((t): t is string => t !== null))].sort();
  for (const team of teams) {
    const of = results.filter((r) => r.team === team);
    rows.push({ scope: 'team', key: team, timeliness: timelinessOf(commitments.filter((c) => c.team === team)), repeatRate: null, satisfaction: satisfactionOf(of), complaintRate: followUpComplaintRate(of), exchangeRatio: null });
  }
  const people = [...new Set([...commitments.map((c) => c.responsibleId), ...results.map((r) => r.technicianId), ...complaints.map((c) => c.ownerId)].filter((p): p is string => p !== null))].sort();
  for (const person of people) {
    const owned = complaints.filter((c) => c.ownerId === person);
    const of = results.filter((r) => r.technicianId === person);
    rows.push({
      scope: 'person',
      key: person,
      timeliness: timelinessOf(commitments.filter((c) => c.responsibleId === person)),
      repeatRate: owned.length === 0 ? null : ratio(owned.filter((c) => c.repeat).length, owned.length),
      satisfaction: satisfactionOf(of),
      complaintRate: of.some((r) => r.source === 'follow_up') ? followUpComplaintRate(of) : null,
      exchangeRatio: null,
    });
  }
  return rows;
}
