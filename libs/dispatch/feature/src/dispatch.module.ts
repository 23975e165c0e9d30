import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { WORK_ORDERS, WorkOrders, workOrderAggregate } from './work-order.aggregate';
import { DispatchRelay } from './dispatch-relay';
import { WorkOrderPresenter } from './presentation';
import { DISPATCH_USE_CASES } from './use-cases';

/**
 * The dispatch context: work orders and their deadlines. Needs the platform module and an
 * infrastructure module (event store, documents, checkpoints, clock).
 */
@Module({})
export class DispatchModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: DispatchModule,
      controllers: DISPATCH_USE_CASES.controllers,
      providers: [provideAggregate(WORK_ORDERS, workOrderAggregate), WorkOrderPresenter, DispatchRelay, ...DISPATCH_USE_CASES.handlers],
      exports: [WORK_ORDERS],
    };
  }

  /** The work orders list and dispatch's deadlines, derived from the aggregate. */
  onModuleInit(): void {
    registerReadSide('dispatch', [this.workOrders], this.projections, this.deadlines);
  }
}
