import { AggregateDefinition, NotFoundError } from '@aftersales/eventsourcing';
import { AuthUser, Role } from '@aftersales/platform';
import {
  CAPA_EVENT_TYPES,
  CAPA_STREAM_PREFIX,
  CASE_STREAM_PREFIX,
  CapaCommand,
  CapaEvent,
  CapaState,
  CaseObligation,
  QUALITY_CASE_EVENT_TYPES,
  QualityCaseCommand,
  QualityCaseEvent,
  QualityCaseState,
  capaDecider,
  capaObligationChanges,
  caseObligationChanges,
  qualityCaseDecider,
} from '@aftersales/qa-domain';
import { CapaView, LocalMonthOf, QualityCaseView, applyCapaEvent, applyCaseEvent } from './case-view';
import { QA } from '@aftersales/qa-domain';

export const CASES_COLLECTION = 'qa.cases';
export const CAPAS_COLLECTION = 'qa.capas';

/** Roles that read every case of their tenant; sales and sales assistants read the cases they are stakeholders of. */
export const CASE_READERS_ALL: readonly Role[] = ['qa', 'department', 'general_manager', 'business_head', 'auditor', 'admin'];

/** Who may read a case: everyone of the QA side, and the case's own stakeholders among sales. */
export function mayRead(user: AuthUser, stakeholders: readonly string[]): boolean {
  return user.roles.some((r) => CASE_READERS_ALL.includes(r)) || stakeholders.includes(user.id);
}

export function caseNotFound(caseId: string): NotFoundError {
  return new NotFoundError(QA.CASE_NOT_FOUND, `quality case ${caseId} does not exist`, { caseId });
}

export function capaNotFound(capaId: string): NotFoundError {
  return new NotFoundError(QA.CAPA_NOT_FOUND, `CAPA ${capaId} does not exist`, { capaId });
}

export type CaseAggregateDefinition = AggregateDefinition<QualityCaseCommand, QualityCaseEvent, QualityCaseState, QualityCaseView, AuthUser>;
export type CapaAggregateDefinition = AggregateDefinition<CapaCommand, CapaEvent, CapaState, CapaView>;

/** The quality case (QA-1..QA-3, QA-5), declared once; its view needs the regions' months (QA-7). */
export function caseAggregate(monthOf: LocalMonthOf): CaseAggregateDefinition {
  return {
    context: 'qa',
    streamPrefix: CASE_STREAM_PREFIX,
    eventTypes: QUALITY_CASE_EVENT_TYPES,
    decider: qualityCaseDecider,
    notFound: caseNotFound,
    mayRead: (user, view) => mayRead(user, view.stakeholders),
    obligations: {
      changes: caseObligationChanges,
      missed: (caseId, obligation, now) => ({ type: 'MarkDeadlineMissed', caseId, obligation: obligation as CaseObligation, now }),
    },
    view: {
      collection: CASES_COLLECTION,
      // The cases list and the monthly report's rows.
      projection: { name: 'qa-cases', version: 2 },
      apply: (view, event) => applyCaseEvent(view, event, monthOf),
      indexes: [
        { fields: { tenantId: 1, receivedAt: -1 } },
        { fields: { tenantId: 1, status: 1, receivedAt: -1 } },
        { fields: { tenantId: 1, updatedAt: -1 } },
        { fields: { tenantId: 1, receivedMonth: 1, region: 1 } },
        { fields: { complaintId: 1 } },
        { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
        // Sales read the cases they are stakeholders of (an array of user ids).
        { fields: { stakeholders: 1 }, multikey: true },
      ],
    },
  };
}

/** The CAPA (QA-4), declared once. Who may read one is who may read its case (CapaService checks it). */
export function capaAggregate(monthOf: LocalMonthOf): CapaAggregateDefinition {
  return {
    context: 'qa',
    streamPrefix: CAPA_STREAM_PREFIX,
    eventTypes: CAPA_EVENT_TYPES,
    decider: capaDecider,
    notFound: capaNotFound,
    obligations: {
      changes: capaObligationChanges,
      missed: (capaId, _obligation, now) => ({ type: 'MarkOverdue', capaId, now }),
    },
    view: {
      collection: CAPAS_COLLECTION,
      // The CAPA list and the report's CAPA rows.
      projection: { name: 'qa-capas', version: 2 },
      apply: (view, event) => applyCapaEvent(view, event, monthOf),
      indexes: [
        { fields: { caseId: 1 } },
        { fields: { tenantId: 1, dueAt: 1 } },
        { fields: { tenantId: 1, status: 1, dueAt: 1 } },
        { fields: { tenantId: 1, openedMonth: 1, region: 1 } },
      ],
    },
  };
}

export const CASES = Symbol('qa.Cases');
export const CAPAS = Symbol('qa.Capas');
/** The YYYY-MM of an instant in a region's time zone, from the region calendars (a provider). */
export const MONTH_OF = Symbol('qa.MonthOf');
