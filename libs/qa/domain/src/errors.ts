import type { CaseStatus } from './quality-case';

/**
 * QA's error codes, each defined once (docs/errors.md is generated from the errors files;
 * test/errors/error-codes.spec.ts keeps code literals out of other sources). The HTTP status
 * leading a line is the one the edge answers with (NotFoundError 404, InvalidStateError 409,
 * other DomainErrors 422).
 */

/** 409: the case's status does not allow the command (`details.status`, `details.command`). */
const CASE_IS: { readonly [S in CaseStatus]: `QA.CASE_IS_${Uppercase<S>}` } = {
  open: 'QA.CASE_IS_OPEN',
  analysing: 'QA.CASE_IS_ANALYSING',
  determined: 'QA.CASE_IS_DETERMINED',
  closed: 'QA.CASE_IS_CLOSED',
  cancelled: 'QA.CASE_IS_CANCELLED',
};

/** 409: a preliminary report is already pending or approved; another cannot be issued. */
const PRELIMINARY_REPORT: { readonly [S in 'pending' | 'approved']: `QA.PRELIMINARY_REPORT_${Uppercase<S>}` } = {
  pending: 'QA.PRELIMINARY_REPORT_PENDING',
  approved: 'QA.PRELIMINARY_REPORT_APPROVED',
};

export const QA = {
  /** 404: no quality case with this id the caller may read. */
  CASE_NOT_FOUND: 'QA.CASE_NOT_FOUND',
  /** 409: a quality case with this id already exists (for another complaint). */
  CASE_EXISTS: 'QA.CASE_EXISTS',
  /** By status: the 409 of a command the case's status does not allow (`QA.CASE_IS[status]`). */
  CASE_IS,
  /** 409: the case already has this severity. */
  SEVERITY_UNCHANGED: 'QA.SEVERITY_UNCHANGED',
  /** 409: the root cause is determined; no preliminary report is needed. */
  ALREADY_DETERMINED: 'QA.ALREADY_DETERMINED',
  /** 409: a preliminary report is for severe cases only (QA-3). */
  PRELIMINARY_REPORT_SEVERE_ONLY: 'QA.PRELIMINARY_REPORT_SEVERE_ONLY',
  /** By the report's state: the 409 of a preliminary report issued while one is pending or approved. */
  PRELIMINARY_REPORT,
  /** 409: no preliminary report awaits approval. */
  NO_PRELIMINARY_REPORT_PENDING: 'QA.NO_PRELIMINARY_REPORT_PENDING',
  /** 409: the step needs the determination first (or, for a disposition, an approved preliminary report). */
  DETERMINATION_REQUIRED: 'QA.DETERMINATION_REQUIRED',
  /** 409: a case closes after its disposition (QA-5). */
  DISPOSITION_REQUIRED: 'QA.DISPOSITION_REQUIRED',
  /** 409: ours and severe: a CAPA must be opened before the case closes (QA-4). */
  CAPA_REQUIRED: 'QA.CAPA_REQUIRED',
  /** 422: before the root cause is known only an interim disposition (repair, exchange, replenish) is allowed. */
  INTERIM_DISPOSITION_NOT_ALLOWED: 'QA.INTERIM_DISPOSITION_NOT_ALLOWED',
  /** 422: a determination of ours must name the cause. */
  OUR_CAUSE_REQUIRED: 'QA.OUR_CAUSE_REQUIRED',
  /** 422: ourCause is given for a responsibility that is not ours. */
  OUR_CAUSE_NOT_APPLICABLE: 'QA.OUR_CAUSE_NOT_APPLICABLE',
  /** 422: a cause that is not ours needs the written explanation for the customer (QA-2). */
  EXPLANATION_REQUIRED: 'QA.EXPLANATION_REQUIRED',
  /** 422: a determination needs at least one evidence reference (QA-2). */
  EVIDENCE_REQUIRED: 'QA.EVIDENCE_REQUIRED',
  /** 422: a changed determination or a rejected preliminary report needs a reason. */
  REASON_REQUIRED: 'QA.REASON_REQUIRED',
  /** 404: no CAPA with this id the caller may read. */
  CAPA_NOT_FOUND: 'QA.CAPA_NOT_FOUND',
  /** 409: a CAPA with this id already exists. */
  CAPA_EXISTS: 'QA.CAPA_EXISTS',
  /** 409: the CAPA is closed. */
  CAPA_IS_CLOSED: 'QA.CAPA_IS_CLOSED',
  /** 409: a CAPA closes after the verifications its policy asks for have passed (QA-4). */
  CAPA_VERIFICATIONS_INSUFFICIENT: 'QA.CAPA_VERIFICATIONS_INSUFFICIENT',
  /** 422: dueOn is before the day the CAPA was opened (before today, opening one). */
  DUE_DATE_IN_PAST: 'QA.DUE_DATE_IN_PAST',
  /** 422: a verification checks a shipment after the CAPA was opened. */
  VERIFICATION_BEFORE_CAPA: 'QA.VERIFICATION_BEFORE_CAPA',
  /** 422: checkedOn is in the future. */
  VERIFICATION_IN_FUTURE: 'QA.VERIFICATION_IN_FUTURE',
  /** 422: the month has more cases or CAPAs than one report reads; narrow it by region. */
  REPORT_TOO_LARGE: 'QA.REPORT_TOO_LARGE',
  /** 404: no inspection of returned goods with this id the caller may read. */
  INSPECTION_NOT_FOUND: 'QA.INSPECTION_NOT_FOUND',
  /** 409: the inspection is signed or refused already (`details.status`); nothing more is recorded on it. */
  INSPECTION_IS_COMPLETED: 'QA.INSPECTION_IS_COMPLETED',
  /** 422: a finding names a line the return does not have (`details.lineIds` lists its lines). */
  INSPECTION_LINE_UNKNOWN: 'QA.INSPECTION_LINE_UNKNOWN',
  /** 422: one request gives two findings for the same line. */
  INSPECTION_LINE_REPEATED: 'QA.INSPECTION_LINE_REPEATED',
  /** 422: a confirmed defect names the responsible department and person (QA-6). */
  RESPONSIBLE_PARTY_REQUIRED: 'QA.RESPONSIBLE_PARTY_REQUIRED',
  /** 422: a responsible department or person is given for a finding that is not a confirmed defect. */
  RESPONSIBLE_PARTY_NOT_APPLICABLE: 'QA.RESPONSIBLE_PARTY_NOT_APPLICABLE',
  /** 422: customer damage needs its written reason in the finding's note (QA-6). */
  DAMAGE_REASON_REQUIRED: 'QA.DAMAGE_REASON_REQUIRED',
  /** 422: the CAPA cannot follow this finding: not a confirmed defect, no such CAPA, or not on the case the return came from. */
  INSPECTION_CAPA_NOT_LINKABLE: 'QA.INSPECTION_CAPA_NOT_LINKABLE',
  /** 409: every line needs a finding before the inspection completes (`details.missing`). */
  FINDINGS_INCOMPLETE: 'QA.FINDINGS_INCOMPLETE',
  /** 422: QA refuses to sign exactly when a line is customer damage (`details.damaged`). */
  VERDICT_CONTRADICTS_FINDINGS: 'QA.VERDICT_CONTRADICTS_FINDINGS',
  /** 422: a refusal needs its written reason (QA-6). */
  REFUSAL_REASON_REQUIRED: 'QA.REFUSAL_REASON_REQUIRED',
  /** An intake complaint with a category QA does not know (the consumer's message goes to the DLQ). */
  UNKNOWN_CATEGORY: 'QA.UNKNOWN_CATEGORY',
  /** An intake complaint in a region without a calendar here (the consumer's message goes to the DLQ). */
  UNKNOWN_REGION: 'QA.UNKNOWN_REGION',
} as const;
