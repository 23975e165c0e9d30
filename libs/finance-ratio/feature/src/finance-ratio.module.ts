import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { DeadlineSchedulerHost, ProjectionHost, acceptUploadsAt, provideAggregate, registerReadSide } from '@aftersales/platform';
import { IMPORT_PATH } from './commands/import-purchases/import-purchases.http.controller';
import { CUSTOMERS, Customers, customerRatioAggregate } from './customer-ratio.aggregate';
import { FinanceAlerts } from './finance-alerts';
import { COST_ENTRIES, CostEntries, REWARDS_PENALTIES, RewardsPenalties, costEntryAggregate, rewardPenaltyAggregate } from './ledger.aggregates';
import { FINANCE_RATIO_POLICY, loadFinanceRatioPolicy } from './finance-ratio-policy.provider';
import { FinanceRatioRelay } from './finance-ratio-relay';
import { PurchaseRecorder } from './purchases/purchase-recorder';
import { QaDispositionProcessManager } from './qa-disposition.process-manager';
import { DispatchProcessManager } from './dispatch.process-manager';
import { ReturnsProcessManager } from './returns.process-manager';
import { FINANCE_RATIO_USE_CASES } from './use-cases';

export interface FinanceRatioModuleOptions {
  /** The operator's finance-ratio policy document (YAML or JSON); the default policy when absent. */
  readonly policyFile?: string;
}

/**
 * The finance-ratio context (DOMAIN.md FR-1..FR-4): purchases imported from the sales system,
 * exchanges and returns booked by warehouse-returns (QA's dispositions under policies before 2026.2),
 * warehouse-returns' quality costs, dispatch's settlements and conduct records, each customer's ratio against its limit, alerts
 * and the published ratio snapshots; the quality-cost ledger and its reports; rewards and penalties. Needs the platform module and an infrastructure module.
 */
@Module({})
export class FinanceRatioModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(CUSTOMERS) private readonly customers: Customers,
    private readonly alerts: FinanceAlerts,
    @Inject(COST_ENTRIES) private readonly costEntries: CostEntries,
    @Inject(REWARDS_PENALTIES) private readonly rewardsPenalties: RewardsPenalties,
  ) {}

  static forRoot(options: FinanceRatioModuleOptions = {}): DynamicModule {
    // The purchase import takes a file; every other body stays JSON.
    acceptUploadsAt(IMPORT_PATH);
    return {
      module: FinanceRatioModule,
      controllers: FINANCE_RATIO_USE_CASES.controllers,
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: FINANCE_RATIO_POLICY, useValue: loadFinanceRatioPolicy(options.policyFile) },
        provideAggregate(CUSTOMERS, customerRatioAggregate, [FINANCE_RATIO_POLICY]),
        provideAggregate(COST_ENTRIES, costEntryAggregate),
        provideAggregate(REWARDS_PENALTIES, rewardPenaltyAggregate),
        FinanceAlerts,
        PurchaseRecorder,
        FinanceRatioRelay,
        QaDispositionProcessManager,
        DispatchProcessManager,
        ReturnsProcessManager,
        ...FINANCE_RATIO_USE_CASES.handlers,
      ],
      exports: [CUSTOMERS, COST_ENTRIES, REWARDS_PENALTIES, FINANCE_RATIO_POLICY],
    };
  }

  /** The customers list and the alerts list (FR-2), derived from the customers' streams. */
  onModuleInit(): void {
    registerReadSide('finance-ratio', [this.customers, this.costEntries, this.rewardsPenalties], this.projections, this.deadlines);
    this.projections.register(this.alerts.projection);
  }
}
