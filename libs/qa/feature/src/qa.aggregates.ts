import { Inject, Injectable, Provider } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage, ApiError, AuthUser, CALENDARS, LoadedPolicy, Role, VALIDATION_FAILED, provideAggregate } from '@aftersales/platform';
import {
  CAPA_EVENT_TYPES,
  CAPA_STREAM_PREFIX,
  CASE_STREAM_PREFIX,
  CapaCommand,
  CapaEvent,
  CapaState,
  CaseContext,
  CaseObligation,
  QA,
  QaPolicy,
  QUALITY_CASE_EVENT_TYPES,
  QualityCaseCommand,
  QualityCaseEvent,
  QualityCaseState,
  INSPECTION_STREAM_PREFIX,
  RETURN_INSPECTION_EVENT_TYPES,
  ReturnInspectionCommand,
  ReturnInspectionEvent,
  ReturnInspectionState,
  returnInspectionDecider,
  capaDecider,
  capaObligationChanges,
  caseObligationChanges,
  qualityCaseDecider,
} from '@aftersales/qa-domain';
import { CapaView, LocalMonthOf, QualityCaseView, applyCapaEvent, applyCaseEvent } from './case-view';
import { ReturnInspectionView, applyInspectionEvent } from './inspection-view';
import { QA_POLICY } from './qa-policy.provider';

export const CASES_COLLECTION = 'qa.cases';
export const CAPAS_COLLECTION = 'qa.capas';
export const INSPECTIONS_COLLECTION = 'qa.inspections';

/** Roles that read every case of their tenant; sales and sales assistants read the cases they are stakeholders of. */
export const CASE_READERS_ALL: readonly Role[] = ['qa', 'department', 'general_manager', 'business_head', 'auditor', 'admin'];

export function readsEveryCase(user: AuthUser): boolean {
  return user.roles.some((r) => CASE_READERS_ALL.includes(r));
}

export function caseNotFound(caseId: string): NotFoundError {
  return new NotFoundError(QA.CASE_NOT_FOUND, `quality case ${caseId} does not exist`, { caseId });
}

export function capaNotFound(capaId: string): NotFoundError {
  return new NotFoundError(QA.CAPA_NOT_FOUND, `CAPA ${capaId} does not exist`, { capaId });
}

export function inspectionNotFound(inspectionId: string): NotFoundError {
  return new NotFoundError(QA.INSPECTION_NOT_FOUND, `inspection ${inspectionId} does not exist`, { inspectionId });
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
    // Everyone of the QA side, and the case's own stakeholders among sales.
    mayRead: (user, view) => readsEveryCase(user) || view.stakeholders.includes(user.id),
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

/** The CAPA (QA-4), declared once. Who may read one is who may read its case (capaFor checks it). */
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

export type InspectionAggregateDefinition = AggregateDefinition<ReturnInspectionCommand, ReturnInspectionEvent, ReturnInspectionState, ReturnInspectionView>;

/** The inspection of a return's goods (QA-6), declared once; its readers are its endpoints' roles (qa.http.ts INSPECTION_READERS). */
export function inspectionAggregate(): InspectionAggregateDefinition {
  return {
    context: 'qa',
    streamPrefix: INSPECTION_STREAM_PREFIX,
    eventTypes: RETURN_INSPECTION_EVENT_TYPES,
    decider: returnInspectionDecider,
    notFound: inspectionNotFound,
    view: {
      collection: INSPECTIONS_COLLECTION,
      projection: { name: 'qa-inspections', version: 1 },
      apply: applyInspectionEvent,
      indexes: [
        { fields: { tenantId: 1, receivedAt: -1 } },
        { fields: { tenantId: 1, status: 1, receivedAt: -1 } },
        { fields: { tenantId: 1, customerId: 1, receivedAt: -1 } },
        { fields: { tenantId: 1, reason: 1, receivedAt: -1 } },
        { fields: { tenantId: 1, returnRequestId: 1 } },
        { fields: { tenantId: 1, caseId: 1 } },
      ],
    },
  };
}

export const CASES = Symbol('qa.Cases');
export const RETURN_INSPECTIONS = Symbol('qa.ReturnInspections');
export const CAPAS = Symbol('qa.Capas');
/** The YYYY-MM of an instant in a region's time zone, from the region calendars (a provider). */
export const MONTH_OF = Symbol('qa.MonthOf');

/**
 * QA's aggregates over the app's stores, with the regions' months their views need (QA-7): QA's
 * module provides them, and so does the audit service's composition root to replay QA's cases (ADR 019).
 */
export const QA_AGGREGATE_PROVIDERS: readonly Provider[] = [
  {
    provide: MONTH_OF,
    useFactory: (calendars: CalendarRegistry): LocalMonthOf => (region, instant) => calendars.forRegion(region).localDate(new Date(instant)).slice(0, 7),
    inject: [CALENDARS],
  },
  provideAggregate(CASES, caseAggregate, [MONTH_OF]),
  provideAggregate(CAPAS, capaAggregate, [MONTH_OF]),
  provideAggregate(RETURN_INSPECTIONS, inspectionAggregate),
];

export type Cases = Aggregate<QualityCaseCommand, QualityCaseEvent, QualityCaseState, QualityCaseView, AuthUser>;
export type Capas = Aggregate<CapaCommand, CapaEvent, CapaState, CapaView>;
export type Inspections = Aggregate<ReturnInspectionCommand, ReturnInspectionEvent, ReturnInspectionState, ReturnInspectionView>;

/** A CAPA as a user may see it: its view does not name its case's stakeholders, so its case decides. */
export async function capaFor(capas: Capas, cases: Cases, user: AuthUser, capaId: string): Promise<CapaView> {
  const view = await capas.get(user.tenantId, capaId);
  await cases.get(user.tenantId, view.caseId, user).catch((err: unknown) => {
    throw err instanceof NotFoundError ? capaNotFound(capaId) : err;
  });
  return view;
}

/** The decision context of a case's region: the QA policy in force now and the region's calendar. */
@Injectable()
export class CaseContexts {
  constructor(
    @Inject(QA_POLICY) readonly loaded: LoadedPolicy<QaPolicy>,
    @Inject(CALENDARS) readonly calendars: CalendarRegistry,
  ) {}

  forRegion(region: string): CaseContext {
    return { policy: this.loaded.policy, policyDigest: this.loaded.digest, calendar: this.calendars.forRegion(region) };
  }

  /** Field-level 400 for a region the calendars do not know (nothing recorded). */
  requireRegion(region: string): void {
    if (!this.calendars.hasRegion(region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` },
      ]);
    }
  }
}

/** QA's queries and create commands: the aggregates they read or write, the clock, the regions' decision contexts. */
export abstract class QaHandler {
  constructor(
    @Inject(CASES) protected readonly cases: Cases,
    @Inject(CAPAS) protected readonly capas: Capas,
    @Inject(CLOCK) protected readonly clock: Clock,
    protected readonly contexts: CaseContexts,
  ) {}
}

/** Every command on a case: says how its request becomes the case command (platform AggregateCommandHandler). */
export abstract class CaseCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, QualityCaseCommand, QualityCaseView> {
  constructor(
    @Inject(CASES) protected readonly aggregate: Cases,
    @Inject(CLOCK) protected readonly clock: Clock,
    protected readonly contexts: CaseContexts,
  ) {
    super();
  }
}

/** Every command on a CAPA. Sales roles act only on the CAPAs of cases they may read (QA's roles read every case). */
export abstract class CapaCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, CapaCommand, CapaView> {
  constructor(
    @Inject(CAPAS) protected readonly aggregate: Capas,
    @Inject(CASES) protected readonly cases: Cases,
    @Inject(CLOCK) protected readonly clock: Clock,
    protected readonly contexts: CaseContexts,
  ) {
    super();
  }

  override async execute(message: TMessage): Promise<CapaView> {
    if (!readsEveryCase(message.caller.user)) await capaFor(this.aggregate, this.cases, message.caller.user, message.id);
    return super.execute(message);
  }
}

/** Every command on an inspection of returned goods (QA-6): QA's inspectors only (the endpoints' roles). */
export abstract class InspectionCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, ReturnInspectionCommand, ReturnInspectionView> {
  constructor(
    @Inject(RETURN_INSPECTIONS) protected readonly aggregate: Inspections,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }
}
