import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { Aggregate } from '@aftersales/eventsourcing';
import { CALENDARS, DeadlineSchedulerHost, ProjectionHost, provideAggregate, registerReadSide } from '@aftersales/platform';
import { LocalMonthOf } from './case-view';
import { CAPAS, CASES, MONTH_OF, capaAggregate, caseAggregate } from './qa.aggregates';
import { CapaService } from './capa.service';
import { CapasController } from './capas.http.controller';
import { CasesController } from './cases.http.controller';
import { ComplaintIntakeProcessManager } from './complaint-intake.process-manager';
import { MonthlyReportService } from './monthly-report.service';
import { QA_POLICY, loadQaPolicy } from './qa-policy.provider';
import { QaRelay } from './qa-relay';
import { QualityCaseService } from './quality-case.service';
import { ReportsController } from './reports.http.controller';

export interface QaModuleOptions {
  /** The operator's QA policy document (YAML or JSON); the default policy when absent. */
  readonly policyFile?: string;
}

/**
 * The QA context (DOMAIN.md QA-1..QA-5, QA-7): quality cases opened from intake's accepted
 * complaints or by hand, analysis and responsibility, working-day deadlines, disposition, CAPA
 * and the monthly analysis. Needs the platform module and an infrastructure module.
 */
@Module({})
export class QaModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionHost,
    private readonly deadlines: DeadlineSchedulerHost,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    @Inject(CASES) private readonly cases: Aggregate<any, any, any, any, any>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    @Inject(CAPAS) private readonly capas: Aggregate<any, any, any, any>,
  ) {}

  static forRoot(options: QaModuleOptions = {}): DynamicModule {
    return {
      module: QaModule,
      controllers: [CasesController, CapasController, ReportsController],
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: QA_POLICY, useValue: loadQaPolicy(options.policyFile) },
        {
          provide: MONTH_OF,
          useFactory: (calendars: CalendarRegistry): LocalMonthOf => (region, instant) => calendars.forRegion(region).localDate(new Date(instant)).slice(0, 7),
          inject: [CALENDARS],
        },
        provideAggregate(CASES, caseAggregate, [MONTH_OF]),
        provideAggregate(CAPAS, capaAggregate, [MONTH_OF]),
        QualityCaseService,
        CapaService,
        MonthlyReportService,
        QaRelay,
        ComplaintIntakeProcessManager,
      ],
      exports: [QualityCaseService, CapaService],
    };
  }

  /** The cases and CAPA lists and QA's deadlines (QA-3, QA-4), derived from the aggregates. */
  onModuleInit(): void {
    registerReadSide('qa', [this.cases, this.capas], this.projections, this.deadlines);
  }
}
