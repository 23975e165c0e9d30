import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { ReturnsLedger } from './returns-ledger';
import { RETURN_REQUESTS, ReturnFacts, ReturnRequests, returnRequestAggregate } from './return-request.aggregate';
import { WarehouseReturnsRelay } from './warehouse-returns-relay';
import { ReturnRequestPresenter } from './presentation';
import { FinanceFacts } from './finance-facts';
import { QaReturnsProcessManager } from './qa.process-manager';
import { WAREHOUSE_RETURNS_POLICY, loadWarehouseReturnsPolicy } from './warehouse-returns-policy.provider';
import { WAREHOUSE_RETURNS_USE_CASES } from './use-cases';

export interface WarehouseReturnsModuleOptions {
  /** The operator's return policy document (YAML or JSON); the default policy when absent. */
  readonly policyFile?: string;
}

/**
 * The warehouse-returns context (DOMAIN.md WR-1..WR-7): return requests entered by the after-sales
 * section or made from QA's dispositions, the signed approval chain of the policy, finance's ratio
 * and deliveries from its own projections, the transport and receiving gates, QA's inspection,
 * booking with the receipt note, the return note as a deadline. Needs the platform module and an
 * infrastructure module (event store, documents, checkpoints, clock, bus).
 */
@Module({})
export class WarehouseReturnsModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
  ) {}

  static forRoot(options: WarehouseReturnsModuleOptions = {}): DynamicModule {
    return {
      module: WarehouseReturnsModule,
      controllers: WAREHOUSE_RETURNS_USE_CASES.controllers,
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: WAREHOUSE_RETURNS_POLICY, useValue: loadWarehouseReturnsPolicy(options.policyFile) },
        provideAggregate(RETURN_REQUESTS, returnRequestAggregate),
        ReturnRequestPresenter,
        WarehouseReturnsRelay,
        FinanceFacts,
        ReturnsLedger,
        ReturnFacts,
        QaReturnsProcessManager,
        ...WAREHOUSE_RETURNS_USE_CASES.handlers,
      ],
      exports: [RETURN_REQUESTS, WAREHOUSE_RETURNS_POLICY],
    };
  }

  /** The return requests list and warehouse-returns's deadline (WR-6), derived from the aggregate. */
  onModuleInit(): void {
    registerReadSide('warehouse-returns', [this.returnRequests], this.projections, this.deadlines);
  }
}
