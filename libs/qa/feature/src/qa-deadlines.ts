import { Injectable, OnModuleInit } from '@nestjs/common';
import { DeadlineChange, DeadlineTracking, EventEnvelope } from '@aftersales/eventsourcing';
import { DeadlineSchedulerHost } from '@aftersales/platform';
import { CAPA_DUE, CAPA_STREAM_PREFIX, CASE_STREAM_PREFIX, CapaEvent, CaseObligation, QualityCaseEvent, solutionObligation } from '@aftersales/qa-domain';
import { CapaService } from './capa.service';
import { QualityCaseService } from './quality-case.service';

/**
 * Rule QA-3 over time (and QA-4's due dates): which case and CAPA events open, meet, miss or end
 * an obligation. The platform's scheduler (the one intake uses) raises qa.DeadlineMissed or
 * qa.CapaOverdue through the deciders, exactly once, when one falls due.
 */
export const QA_DEADLINES: DeadlineTracking = {
  context: 'qa',
  streamPrefixes: [CASE_STREAM_PREFIX, CAPA_STREAM_PREFIX],
  handles: [
    'qa.QualityCaseOpened',
    'qa.SeverityChanged',
    'qa.OpinionRecorded',
    'qa.DepartmentsInstructed',
    'qa.DepartmentFindingsRecorded',
    'qa.DeadlineMissed',
    'qa.QualityCaseClosed',
    'qa.QualityCaseCancelled',
    'qa.QualityCaseReinstated',
    'qa.CapaOpened',
    'qa.CapaUpdated',
    'qa.CapaReopened',
    'qa.CapaClosed',
    'qa.CapaOverdue',
  ],
  changes(envelope: EventEnvelope): DeadlineChange[] {
    const event = { type: envelope.type, data: envelope.data } as QualityCaseEvent | CapaEvent;
    switch (event.type) {
      case 'qa.QualityCaseOpened':
        return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt }));
      case 'qa.SeverityChanged':
        return event.data.rescheduled.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt }));
      case 'qa.OpinionRecorded':
        return [{ kind: 'met', obligation: 'qa_opinion' }];
      case 'qa.DepartmentsInstructed':
      case 'qa.QualityCaseReinstated':
        return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt }));
      case 'qa.DepartmentFindingsRecorded':
        return [{ kind: 'met', obligation: solutionObligation(event.data.department) }];
      case 'qa.DeadlineMissed':
        return [{ kind: 'missed', obligation: event.data.obligation }];
      case 'qa.QualityCaseClosed':
      case 'qa.QualityCaseCancelled':
      case 'qa.CapaClosed':
        return [{ kind: 'cancel_all' }];
      case 'qa.CapaOpened':
        return [{ kind: 'open', obligation: CAPA_DUE, dueAt: event.data.dueAt, responsibleId: event.data.plan.ownerId }];
      case 'qa.CapaUpdated': {
        const d = event.data;
        if (d.changes.dueOn === undefined && d.changes.ownerId === undefined) return [];
        // Back to a due time already reported overdue: nothing is owed (and nothing must stay open).
        if (d.dueOwed === false) return d.changes.dueOn !== undefined ? [{ kind: 'missed', obligation: CAPA_DUE }] : [];
        return [{ kind: 'open', obligation: CAPA_DUE, dueAt: d.dueAt, responsibleId: d.ownerId }];
      }
      case 'qa.CapaReopened':
        // Its due date is owed again, unless it was reported overdue already (raised once per due time).
        return event.data.dueOwed ? [{ kind: 'open', obligation: CAPA_DUE, dueAt: event.data.dueAt, responsibleId: event.data.ownerId }] : [];
      case 'qa.CapaOverdue':
        return [{ kind: 'missed', obligation: CAPA_DUE }];
      default:
        return [];
    }
  },
};

@Injectable()
export class QaDeadlines implements OnModuleInit {
  constructor(
    private readonly host: DeadlineSchedulerHost,
    private readonly cases: QualityCaseService,
    private readonly capas: CapaService,
  ) {}

  onModuleInit(): void {
    this.host.register(QA_DEADLINES, (deadline, now) =>
      deadline.stream.startsWith(CAPA_STREAM_PREFIX)
        ? this.capas.markOverdue(deadline.tenantId, deadline.region, deadline.stream, now)
        : this.cases.markDeadlineMissed(deadline.tenantId, deadline.region, deadline.stream, deadline.obligation as CaseObligation, now),
    );
  }
}
