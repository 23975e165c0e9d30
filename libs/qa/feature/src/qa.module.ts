import { DynamicModule, Module } from '@nestjs/common';
import { CapaService } from './capa.service';
import { CapasController } from './capas.http.controller';
import { CasesController } from './cases.http.controller';
import { ComplaintIntakeProcessManager } from './complaint-intake.process-manager';
import { MonthlyReportService } from './monthly-report.service';
import { CapasProjection, CasesProjection } from './qa-projections';
import { QaDeadlines } from './qa-deadlines';
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
export class QaModule {
  static forRoot(options: QaModuleOptions = {}): DynamicModule {
    return {
      module: QaModule,
      controllers: [CasesController, CapasController, ReportsController],
      providers: [
        // Loaded eagerly: a bad policy stops start-up naming the file, the path and the reason.
        { provide: QA_POLICY, useValue: loadQaPolicy(options.policyFile) },
        QualityCaseService,
        CapaService,
        MonthlyReportService,
        CasesProjection,
        CapasProjection,
        QaDeadlines,
        QaRelay,
        ComplaintIntakeProcessManager,
      ],
      exports: [QualityCaseService, CapaService],
    };
  }
}
