import { DynamicModule } from '@nestjs/common';
import { resolve } from 'node:path';
import { COMPLAINTS, IntakeModule, IntakeModuleOptions, intakeSettings } from '@aftersales/intake';
import { CAPAS, CASES, QaModule, QaModuleOptions, RETURN_INSPECTIONS, qaSettings } from '@aftersales/qa';
import { DispatchModule, DispatchModuleOptions, WORK_ORDERS, dispatchSettings } from '@aftersales/dispatch';
import { FinanceRatioModule, FinanceRatioModuleOptions, financeRatioSettings } from '@aftersales/finance-ratio';
import { AuditModule, AuditModuleOptions, auditSettings } from '@aftersales/audit';
import { RETURN_REQUESTS, WarehouseReturnsModule, WarehouseReturnsModuleOptions, warehouseReturnsSettings } from '@aftersales/warehouse-returns';

/** What each context reads from the environment, through its own config (intake.config.ts, qa.config.ts). */
export interface ContextSettings {
  readonly intake?: IntakeModuleOptions;
  readonly qa?: QaModuleOptions;
  readonly dispatch?: DispatchModuleOptions;
  readonly financeRatio?: FinanceRatioModuleOptions;
  readonly audit?: AuditModuleOptions;
  readonly warehouseReturns?: WarehouseReturnsModuleOptions;
}

/** Every context's settings; a bad one stops start-up naming its variable. */
export function contextSettings(env: NodeJS.ProcessEnv): ContextSettings {
  // The audit log's key is generated into the data dir (StandaloneConfig's DATA_DIR, default ./data).
  return {
    intake: intakeSettings(env),
    qa: qaSettings(env),
    dispatch: dispatchSettings(env),
    financeRatio: financeRatioSettings(env),
    audit: auditSettings(env, { dataDir: resolve(env.DATA_DIR || './data') }),
    warehouseReturns: warehouseReturnsSettings(env),
  };
}

/** The aggregate that folds each case kind for the audit replay (AU-2): a context's cases become replayable here. */
const CASE_REPLAYS = [
  { kind: 'complaint', aggregate: COMPLAINTS },
  { kind: 'qa-case', aggregate: CASES },
  { kind: 'capa', aggregate: CAPAS },
  { kind: 'return-inspection', aggregate: RETURN_INSPECTIONS },
  { kind: 'work-order', aggregate: WORK_ORDERS },
  { kind: 'return-request', aggregate: RETURN_REQUESTS },
];

/**
 * Every bounded context's module, run together in one process. Adding a context is one line
 * here and in contextSettings; its module brings its own controllers, handlers and projections.
 */
export function contextModules(settings: ContextSettings = {}): DynamicModule[] {
  return [
    IntakeModule.forRoot(settings.intake),
    QaModule.forRoot(settings.qa),
    DispatchModule.forRoot(settings.dispatch),
    FinanceRatioModule.forRoot(settings.financeRatio),
    AuditModule.forRoot({ ...settings.audit, replays: CASE_REPLAYS }),
    WarehouseReturnsModule.forRoot(settings.warehouseReturns),
  ];
}
