import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { RETURN_REQUESTS, ReturnRequests, returnRequestAggregate } from './return-request.aggregate';
import { WarehouseReturnsRelay } from './warehouse-returns-relay';
import { ReturnRequestPresenter } from './presentation';
import { WAREHOUSE_RETURNS_USE_CASES } from './use-cases';

/**
 * The warehouse-returns context: return requests and their deadlines. Needs the platform module and an
 * infrastructure module (event store, documents, checkpoints, clock).
 */
@Module({})
export class WarehouseReturnsModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: WarehouseReturnsModule,
      controllers: WAREHOUSE_RETURNS_USE_CASES.controllers,
      providers: [provideAggregate(RETURN_REQUESTS, returnRequestAggregate), ReturnRequestPresenter, WarehouseReturnsRelay, ...WAREHOUSE_RETURNS_USE_CASES.handlers],
      exports: [RETURN_REQUESTS],
    };
  }

  /** The return requests list and warehouse-returns's deadlines, derived from the aggregate. */
  onModuleInit(): void {
    registerReadSide('warehouse-returns', [this.returnRequests], this.projections, this.deadlines);
  }
}
