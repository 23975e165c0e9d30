import { DynamicModule, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { CALENDARS, DeadlineSchedulerHost, ProjectionHost, provideAggregate, regionsNotCovered, registerReadSide } from '@aftersales/platform';
import { COMPLAINTS, Complaints, PolicyContexts, complaintAggregate } from './complaint.aggregate';
import { IntakeRelay } from './intake-relay';
import { ComplaintPresenter } from './presentation';
import { QaOutcomes } from './qa-outcomes';
import { DispatchComplaints } from './dispatch-complaints';
import { DispatchWorkOrders } from './dispatch-work-orders';
import { INTAKE_USE_CASES } from './use-cases';
import { INTAKE_POLICY, loadIntakePolicy } from './policy.provider';

export interface IntakeModuleOptions {
  /** The operator's policy document (YAML or JSON); the default policy when absent. */
  readonly policyFile?: string;
  /** The variable that named it, for start-up errors (INTAKE_POLICY_FILE when absent; intake.config.ts). */
  readonly policyFileVariable?: string;
}

/**
 * The intake context (DOMAIN.md IN-1..IN-10): complaints, acceptance policy, deadlines. Needs the
 * platform module and an infrastructure module (event store, documents, checkpoints, clock).
 */
@Module({})
export class IntakeModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(COMPLAINTS) private readonly complaints: Complaints,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  static forRoot(options: IntakeModuleOptions = {}): DynamicModule {
    return {
      module: IntakeModule,
      controllers: INTAKE_USE_CASES.controllers,
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: INTAKE_POLICY, useValue: loadIntakePolicy(options.policyFile, options.policyFileVariable) },
        provideAggregate(COMPLAINTS, complaintAggregate),
        PolicyContexts,
        ComplaintPresenter,
        IntakeRelay,
        QaOutcomes,
        DispatchWorkOrders,
        DispatchComplaints,
        ...INTAKE_USE_CASES.handlers,
      ],
      exports: [COMPLAINTS, PolicyContexts, INTAKE_POLICY],
    };
  }

  /** The complaints list and intake's deadlines (IN-7, IN-8), derived from the aggregate. */
  onModuleInit(): void {
    registerReadSide('intake', [this.complaints], this.projections, this.deadlines);
    for (const uncovered of regionsNotCovered(this.calendars, this.clock.now())) {
      new Logger('Intake').warn(uncovered, 'the calendar has no holiday data for this year: working-day windows are sent for review; add the year to CALENDAR_OVERRIDES_FILE');
    }
  }
}
