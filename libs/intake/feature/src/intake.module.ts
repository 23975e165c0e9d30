import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { Aggregate } from '@aftersales/eventsourcing';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { COMPLAINTS, complaintAggregate } from './complaint.aggregate';
import { ComplaintService } from './complaint.service';
import { ComplaintsController } from './complaints.http.controller';
import { IntakeRelay } from './intake-relay';
import { PoliciesController } from './policies.http.controller';
import { QaOutcomes } from './qa-outcomes';
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
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    @Inject(COMPLAINTS) private readonly complaints: Aggregate<any, any, any, any>,
  ) {}

  static forRoot(options: IntakeModuleOptions = {}): DynamicModule {
    return {
      module: IntakeModule,
      controllers: [ComplaintsController, PoliciesController],
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: INTAKE_POLICY, useValue: loadIntakePolicy(options.policyFile, options.policyFileVariable) },
        provideAggregate(COMPLAINTS, complaintAggregate),
        ComplaintService,
        IntakeRelay,
        QaOutcomes,
      ],
      exports: [ComplaintService, INTAKE_POLICY],
    };
  }

  /** The complaints list and intake's deadlines (IN-7, IN-8), derived from the aggregate. */
  onModuleInit(): void {
    registerReadSide('intake', [this.complaints], this.projections, this.deadlines);
  }
}
