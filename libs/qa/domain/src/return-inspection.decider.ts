import { QA_INSPECTION_STREAM_PREFIX } from '@aftersales/contracts';
import { Decider, DomainError, DomainEvent, InvalidStateError, NotFoundError, deterministicUuid } from '@aftersales/eventsourcing';
import { QA } from './errors';
import { Department } from './quality-case';

/** Every inspection's stream: the published prefix (libs/contracts), then its id. */
export const INSPECTION_STREAM_PREFIX = QA_INSPECTION_STREAM_PREFIX;
export const inspectionStream = (inspectionId: string): string => `${INSPECTION_STREAM_PREFIX}${inspectionId}`;

/** Rule QA-6: one inspection per return request, its id derived from the tenant and the request (a redelivery finds it). */
export function inspectionIdForReturn(tenantId: string, returnRequestId: string): string {
  return deterministicUuid(tenantId, 'qa.inspection-for-return', returnRequestId);
}

/** Why the goods came back (warehouse-returns' reasons, WR-1 / WR-7). */
export const RETURN_REASONS = ['unsalable', 'quality', 'customer_error'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/**
 * Rule QA-6, what QA finds on one returned line: the original quality intact; a genuine product
 * defect (QA names the responsible department and person); damage the customer caused (QA writes
 * why, and refuses to sign); not resalable though not the customer's doing (WR-7: a quality cost).
 */
export const RETURN_FINDINGS = ['quality_intact', 'defect_confirmed', 'customer_damage', 'not_resalable'] as const;
export type ReturnFinding = (typeof RETURN_FINDINGS)[number];

export const INSPECTION_STATUSES = ['open', 'signed', 'refused'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_VERDICTS = ['signed', 'refused'] as const;
export type InspectionVerdict = (typeof INSPECTION_VERDICTS)[number];

/** A line as the warehouse counted it (warehouse-returns' ReturnGoodsReceived). */
export interface ReturnedLine {
  readonly lineId: string;
  readonly sku: string;
  readonly serialNumberAuthorised: string | null;
  readonly serialNumberReceived: string | null;
  readonly quantityReceived: number;
}

/** What the inspector records for one line. */
export interface LineFinding {
  readonly lineId: string;
  readonly finding: ReturnFinding;
  /** Named for `defect_confirmed` (QA-6), else null. */
  readonly responsibleDepartment: Department | null;
  readonly responsiblePerson: string | null;
  /** The written reason for `customer_damage` (QA-6); a remark otherwise. */
  readonly note: string | null;
  /** The CAPA (QA-4) that follows a confirmed defect, on the case the return came from. */
  readonly capaId: string | null;
}

/** What an inspection opens with: the goods as warehouse-returns received them. */
export interface InspectionOpening {
  readonly inspectionId: string;
  readonly returnRequestId: string;
  /** The QA case whose disposition started the return, null for one the after-sales section entered. */
  readonly caseId: string | null;
  readonly customerId: string;
  readonly reason: ReturnReason;
  readonly lines: readonly ReturnedLine[];
  readonly receivedAt: string;
  /** The published event it was opened from (warehouse-returns.public.ReturnGoodsReceived). */
  readonly cause: string;
}

export type ReturnInspectionOpened = DomainEvent<'qa.ReturnInspectionOpened', InspectionOpening>;
export type ReturnFindingsRecorded = DomainEvent<
  'qa.ReturnFindingsRecorded',
  { readonly inspectionId: string; readonly findings: readonly LineFinding[]; readonly recordedBy: string }
>;
export type ReturnInspectionCompleted = DomainEvent<
  'qa.ReturnInspectionCompleted',
  {
    readonly inspectionId: string;
    readonly returnRequestId: string;
    readonly caseId: string | null;
    readonly customerId: string;
    readonly verdict: InspectionVerdict;
    /** The written reason of a refusal (the basis for refusing the return); null when signed. */
    readonly reason: string | null;
    /** Every line's finding, as signed or refused. */
    readonly findings: readonly LineFinding[];
    readonly inspectedBy: string;
    readonly inspectedAt: string;
  }
>;

export type ReturnInspectionEvent = ReturnInspectionOpened | ReturnFindingsRecorded | ReturnInspectionCompleted;

export const RETURN_INSPECTION_EVENT_TYPES: readonly ReturnInspectionEvent['type'][] = ['qa.ReturnInspectionOpened', 'qa.ReturnFindingsRecorded', 'qa.ReturnInspectionCompleted'];

export type ReturnInspectionCommand =
  | ({ readonly type: 'Open' } & InspectionOpening)
  | {
      readonly type: 'RecordFindings';
      readonly inspectionId: string;
      readonly findings: readonly LineFinding[];
      /** The case of each CAPA named in the findings, as QA's CAPAs say (null: no such CAPA). */
      readonly capaCases: Readonly<Record<string, string | null>>;
      readonly recordedBy: string;
    }
  | { readonly type: 'Complete'; readonly inspectionId: string; readonly verdict: InspectionVerdict; readonly reason: string | null; readonly inspectedBy: string; readonly now: Date };

interface OpenedInspection {
  readonly inspectionId: string;
  readonly returnRequestId: string;
  readonly caseId: string | null;
  readonly customerId: string;
  readonly lines: readonly ReturnedLine[];
  /** The latest finding per line id. */
  readonly findings: Readonly<Record<string, LineFinding>>;
}

export type ReturnInspectionState = { readonly status: 'none' } | (OpenedInspection & { readonly status: InspectionStatus });

type Existing = Exclude<ReturnInspectionState, { status: 'none' }>;

function existing(state: ReturnInspectionState, inspectionId: string): Existing {
  if (state.status === 'none') throw new NotFoundError(QA.INSPECTION_NOT_FOUND, `inspection ${inspectionId} does not exist`, { inspectionId });
  return state;
}

function open(state: ReturnInspectionState, inspectionId: string, command: string): Existing {
  const s = existing(state, inspectionId);
  if (s.status !== 'open') throw new InvalidStateError(QA.INSPECTION_IS_COMPLETED, `inspection ${inspectionId} is ${s.status}; cannot ${command}`, { inspectionId, status: s.status, command });
  return s;
}

const sameFinding = (a: LineFinding | undefined, b: LineFinding): boolean => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

// rule QA-6: a finding says what it must: a confirmed defect names who is responsible, customer damage says why
function checkFinding(s: Existing, f: LineFinding, capaCase: string | null | undefined, index: number): void {
  const field = (name: string) => `findings[${index}].${name}`;
  if (!s.lines.some((l) => l.lineId === f.lineId)) {
    throw new DomainError(QA.INSPECTION_LINE_UNKNOWN, `line ${f.lineId} is not a line of this return`, { field: field('lineId'), lineIds: s.lines.map((l) => l.lineId) });
  }
  if (f.finding === 'defect_confirmed') {
    if (f.responsibleDepartment === null || f.responsiblePerson === null) {
      throw new DomainError(QA.RESPONSIBLE_PARTY_REQUIRED, 'a confirmed defect names the responsible department and person (QA-6)', {
        field: field(f.responsibleDepartment === null ? 'responsibleDepartment' : 'responsiblePerson'),
      });
    }
  } else if (f.responsibleDepartment !== null || f.responsiblePerson !== null) {
    throw new DomainError(QA.RESPONSIBLE_PARTY_NOT_APPLICABLE, `a responsible department and person are named for a confirmed defect only, not ${f.finding}`, {
      field: field(f.responsibleDepartment !== null ? 'responsibleDepartment' : 'responsiblePerson'),
    });
  }
  if (f.finding === 'customer_damage' && (f.note === null || f.note.trim() === '')) {
    throw new DomainError(QA.DAMAGE_REASON_REQUIRED, 'customer damage is written down: give the note (QA-6)', { field: field('note') });
  }
  if (f.capaId !== null) {
    // QA-4 via QA-6: a CAPA follows a confirmed defect, on the QA case the return came from.
    const why =
      f.finding !== 'defect_confirmed'
        ? `a CAPA follows a confirmed defect, not ${f.finding}`
        : s.caseId === null
          ? 'this return did not come from a QA case: open a case for the defect, and its CAPA there'
          : capaCase === null || capaCase === undefined
            ? `CAPA ${f.capaId} does not exist`
            : capaCase !== s.caseId
              ? `CAPA ${f.capaId} belongs to another case than the one the return came from`
              : null;
    if (why !== null) throw new DomainError(QA.INSPECTION_CAPA_NOT_LINKABLE, why, { field: field('capaId'), caseId: s.caseId });
  }
}

export const returnInspectionDecider: Decider<ReturnInspectionCommand, ReturnInspectionEvent, ReturnInspectionState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): ReturnInspectionEvent[] {
    switch (command.type) {
      // rule QA-6: the goods warehouse-returns received are inspected, once per return request
      case 'Open': {
        // The same receipt delivered again (or a replay of the topic): the inspection exists already.
        if (state.status !== 'none') return [];
        const { type: _type, ...data } = command;
        return [{ type: 'qa.ReturnInspectionOpened', data }];
      }
      case 'RecordFindings': {
        const s = open(state, command.inspectionId, 'record findings');
        const lineIds = command.findings.map((f) => f.lineId);
        const repeated = lineIds.find((id, i) => lineIds.indexOf(id) !== i);
        if (repeated !== undefined) throw new DomainError(QA.INSPECTION_LINE_REPEATED, `line ${repeated} is given twice`, { field: `findings[${lineIds.lastIndexOf(repeated)}].lineId` });
        command.findings.forEach((f, i) => checkFinding(s, f, f.capaId === null ? undefined : command.capaCases[f.capaId], i));
        const changed = command.findings.filter((f) => !sameFinding(s.findings[f.lineId], f));
        if (changed.length === 0) return [];
        return [{ type: 'qa.ReturnFindingsRecorded', data: { inspectionId: s.inspectionId, findings: changed, recordedBy: command.recordedBy } }];
      }
      // rule QA-6: QA signs when no line is the customer's damage, and refuses with the written reason when one is
      case 'Complete': {
        const s = open(state, command.inspectionId, 'complete');
        const missing = s.lines.filter((l) => s.findings[l.lineId] === undefined).map((l) => l.lineId);
        if (missing.length > 0) {
          throw new InvalidStateError(QA.FINDINGS_INCOMPLETE, `every line needs a finding before the inspection completes; missing: ${missing.join(', ')}`, {
            inspectionId: s.inspectionId,
            missing,
          });
        }
        const findings = s.lines.map((l) => s.findings[l.lineId]);
        const damaged = findings.filter((f) => f.finding === 'customer_damage').map((f) => f.lineId);
        if (command.verdict === 'signed' && damaged.length > 0) {
          throw new DomainError(QA.VERDICT_CONTRADICTS_FINDINGS, `QA does not sign for customer damage (lines ${damaged.join(', ')}): refuse, with the reason`, { field: 'verdict', damaged });
        }
        if (command.verdict === 'refused' && damaged.length === 0) {
          throw new DomainError(QA.VERDICT_CONTRADICTS_FINDINGS, 'QA refuses to sign for customer damage only, and no line is customer damage', { field: 'verdict', damaged });
        }
        if (command.verdict === 'refused' && (command.reason === null || command.reason.trim() === '')) {
          throw new DomainError(QA.REFUSAL_REASON_REQUIRED, 'a refusal is written: give the reason (QA-6)', { field: 'reason' });
        }
        return [
          {
            type: 'qa.ReturnInspectionCompleted',
            data: {
              inspectionId: s.inspectionId,
              returnRequestId: s.returnRequestId,
              caseId: s.caseId,
              customerId: s.customerId,
              verdict: command.verdict,
              reason: command.verdict === 'refused' ? command.reason : null,
              findings,
              inspectedBy: command.inspectedBy,
              inspectedAt: command.now.toISOString(),
            },
          },
        ];
      }
    }
  },

  evolve(state, event): ReturnInspectionState {
    if (event.type === 'qa.ReturnInspectionOpened') {
      const d = event.data;
      return { status: 'open', inspectionId: d.inspectionId, returnRequestId: d.returnRequestId, caseId: d.caseId, customerId: d.customerId, lines: d.lines, findings: {} };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'qa.ReturnFindingsRecorded':
        return { ...state, findings: { ...state.findings, ...Object.fromEntries(event.data.findings.map((f) => [f.lineId, f])) } };
      case 'qa.ReturnInspectionCompleted':
        return { ...state, status: event.data.verdict };
      default:
        return unknownInspectionEvent(event, state);
    }
  },
};

/** The exhaustiveness check of `evolve`: a new event type that is not handled fails to compile. */
function unknownInspectionEvent(event: never, state: ReturnInspectionState): ReturnInspectionState {
  void event;
  return state;
}
