import { Injectable, OnModuleInit } from '@nestjs/common';
import { DeadlineChange, DeadlineTracking, EventEnvelope } from '@aftersales/eventsourcing';
import { DeadlineSchedulerHost } from '@aftersales/platform';
import { ComplaintEvent, Obligation } from '@aftersales/intake-domain';
import { ComplaintService } from './complaint.service';

/**
 * Rules IN-7 and IN-8 over time: which complaint events open, meet, miss or end an obligation.
 * The scheduler (libs/eventsourcing deadlines.ts, run by the platform's DeadlineSchedulerHost)
 * raises intake.DeadlineMissed through the decider when one falls due.
 */
export const INTAKE_DEADLINES: DeadlineTracking = {
  context: 'intake',
  streamPrefixes: ['intake.complaint-'],
  handles: [
    'intake.ComplaintRegistered',
    'intake.ComplaintAcknowledged',
    'intake.ComplaintForwarded',
    'intake.ComplaintEscalated',
    'intake.DeadlineMissed',
    'intake.ComplaintInvalidated',
    'intake.ComplaintWithdrawn',
    'intake.ComplaintClosed',
  ],
  changes(envelope: EventEnvelope): DeadlineChange[] {
    const event = { type: envelope.type, data: envelope.data } as ComplaintEvent;
    switch (event.type) {
      case 'intake.ComplaintRegistered':
        return event.data.deadlines.map((d) => ({ kind: 'open', obligation: d.obligation, dueAt: d.dueAt, responsibleId: event.data.ownerId ?? event.data.registeredBy }));
      case 'intake.ComplaintAcknowledged':
        return [{ kind: 'met', obligation: 'acknowledge' }];
      case 'intake.ComplaintForwarded':
        // Forwarding to the supervisor also reports the complaint up (IN-7, IN-8).
        return event.data.targets.some((t) => t.target === 'supervisor')
          ? [
              { kind: 'met', obligation: 'forward' },
              { kind: 'met', obligation: 'report_up' },
            ]
          : [{ kind: 'met', obligation: 'forward' }];
      case 'intake.ComplaintEscalated':
        return [{ kind: 'met', obligation: 'report_up' }];
      case 'intake.DeadlineMissed':
        return [{ kind: 'missed', obligation: event.data.obligation }];
      case 'intake.ComplaintInvalidated':
      case 'intake.ComplaintWithdrawn':
      case 'intake.ComplaintClosed':
        return [{ kind: 'cancel_all' }];
      default:
        return [];
    }
  },
};

@Injectable()
export class IntakeDeadlines implements OnModuleInit {
  constructor(
    private readonly host: DeadlineSchedulerHost,
    private readonly complaints: ComplaintService,
  ) {}

  onModuleInit(): void {
    this.host.register(INTAKE_DEADLINES, (deadline, now) =>
      this.complaints.markDeadlineMissed(deadline.tenantId, deadline.region, deadline.stream, deadline.obligation as Obligation, now),
    );
  }
}
