import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { DispatchContext, OUTLETS, Outlets, TECHNICIANS, Technicians, WORK_ORDERS, WorkOrders, outletAggregate, technicianAggregate, workOrderAggregate } from './work-order.aggregate';
import { DispatchRelay } from './dispatch-relay';
import { WorkOrderPresenter } from './presentation';
import { DISPATCH_POLICY, loadDispatchPolicy } from './dispatch-policy.provider';
import { QaDispositionProcessManager } from './qa-disposition.process-manager';
import { IntakeWarrantyFacts } from './intake-warranty-facts';
import { DISPATCH_USE_CASES } from './use-cases';

export interface DispatchModuleOptions {
  /** The operator's dispatch policy document (YAML or JSON); the default policy when absent. */
  readonly policyFile?: string;
}

/**
 * The dispatch context (DOMAIN.md DI-1..DI-9, TR-2): work orders from QA's on-site repair
 * dispositions or phone requests, qualified technicians, the arrival commitment and the follow-up
 * call as deadlines, the job flow, sign-off, settlement. Needs the platform module and an
 * infrastructure module (event store, documents, checkpoints, clock, bus).
 */
@Module({})
export class DispatchModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(TECHNICIANS) private readonly technicians: Technicians,
    @Inject(OUTLETS) private readonly outlets: Outlets,
  ) {}

  static forRoot(options: DispatchModuleOptions = {}): DynamicModule {
    return {
      module: DispatchModule,
      controllers: DISPATCH_USE_CASES.controllers,
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: DISPATCH_POLICY, useValue: loadDispatchPolicy(options.policyFile) },
        provideAggregate(WORK_ORDERS, workOrderAggregate),
        provideAggregate(TECHNICIANS, technicianAggregate),
        provideAggregate(OUTLETS, outletAggregate),
        DispatchContext,
        WorkOrderPresenter,
        DispatchRelay,
        QaDispositionProcessManager,
        IntakeWarrantyFacts,
        ...DISPATCH_USE_CASES.handlers,
      ],
      exports: [WORK_ORDERS, TECHNICIANS, OUTLETS, DISPATCH_POLICY],
    };
  }

  /** The work order and technician lists and dispatch's deadlines (DI-3, DI-8), derived from the aggregates. */
  onModuleInit(): void {
    registerReadSide('dispatch', [this.workOrders, this.technicians, this.outlets], this.projections, this.deadlines);
  }
}
