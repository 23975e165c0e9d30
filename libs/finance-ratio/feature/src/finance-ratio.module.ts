import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { RATIO_ALERTS, RatioAlerts, ratioAlertAggregate } from './ratio-alert.aggregate';
import { FinanceRatioRelay } from './finance-ratio-relay';
import { RatioAlertPresenter } from './presentation';
import { FINANCE_RATIO_USE_CASES } from './use-cases';

/**
 * The finance-ratio context: ratio alerts and their deadlines. Needs the platform module and an
 * infrastructure module (event store, documents, checkpoints, clock).
 */
@Module({})
export class FinanceRatioModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(RATIO_ALERTS) private readonly ratioAlerts: RatioAlerts,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: FinanceRatioModule,
      controllers: FINANCE_RATIO_USE_CASES.controllers,
      providers: [provideAggregate(RATIO_ALERTS, ratioAlertAggregate), RatioAlertPresenter, FinanceRatioRelay, ...FINANCE_RATIO_USE_CASES.handlers],
      exports: [RATIO_ALERTS],
    };
  }

  /** The ratio alerts list and finance-ratio's deadlines, derived from the aggregate. */
  onModuleInit(): void {
    registerReadSide('finance-ratio', [this.ratioAlerts], this.projections, this.deadlines);
  }
}
