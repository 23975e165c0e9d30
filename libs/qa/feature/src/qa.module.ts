import { DynamicModule, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { CALENDARS, DeadlineSchedulerHost, ProjectionHost, regionsNotCovered, registerReadSide } from '@aftersales/platform';
import { CAPAS, CASES, CaseContexts, Capas, Cases, Inspections, QA_AGGREGATE_PROVIDERS, RETURN_INSPECTIONS } from './qa.aggregates';
import { ReturnGoodsProcessManager } from './return-goods.process-manager';
import { ComplaintIntakeProcessManager } from './complaint-intake.process-manager';
import { QaPresenter } from './presentation';
import { RepairOutcomes } from './dispatch-repair-outcomes';
import { QA_POLICY, loadQaPolicy } from './qa-policy.provider';
import { QaRelay } from './qa-relay';
import { QA_USE_CASES } from './use-cases';

export interface QaModuleOptions {
  /** The operator's QA policy document (YAML or JSON); the default policy when absent. */
  readonly policyFile?: string;
}

/**
 * The QA context (DOMAIN.md QA-1..QA-7): quality cases opened from intake's accepted
 * complaints or by hand, analysis and responsibility, working-day deadlines, disposition, CAPA,
 * the inspection of returned goods (QA-6, opened from warehouse-returns' receipts) and the monthly
 * analysis. Needs the platform module and an infrastructure module.
 */
@Module({})
export class QaModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    @Inject(CASES) private readonly cases: Cases,
    @Inject(CAPAS) private readonly capas: Capas,
    @Inject(RETURN_INSPECTIONS) private readonly inspections: Inspections,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  static forRoot(options: QaModuleOptions = {}): DynamicModule {
    return {
      module: QaModule,
      controllers: QA_USE_CASES.controllers,
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: QA_POLICY, useValue: loadQaPolicy(options.policyFile) },
        ...QA_AGGREGATE_PROVIDERS,
        CaseContexts,
        RepairOutcomes,
        QaPresenter,
        QaRelay,
        ComplaintIntakeProcessManager,
        ReturnGoodsProcessManager,
        ...QA_USE_CASES.handlers,
      ],
      exports: [CASES, CAPAS, RETURN_INSPECTIONS, CaseContexts, QA_POLICY],
    };
  }

  /** The cases and CAPA lists and QA's deadlines (QA-3, QA-4), derived from the aggregates. */
  onModuleInit(): void {
    registerReadSide('qa', [this.cases, this.capas, this.inspections], this.projections, this.deadlines);
    for (const uncovered of regionsNotCovered(this.calendars, this.clock.now())) {
      new Logger('Qa').warn(uncovered, 'the calendar has no holiday data for this year: QA deadlines there count weekends only; add the year to CALENDAR_OVERRIDES_FILE');
    }
  }
}
