import { DynamicModule } from '@nestjs/common';
import { IntakeModule, IntakeModuleOptions, intakeSettings } from '@aftersales/intake';
import { QaModule, QaModuleOptions, qaSettings } from '@aftersales/qa';
import { DispatchModule, DispatchModuleOptions, dispatchSettings } from '@aftersales/dispatch';
import { FinanceRatioModule, FinanceRatioModuleOptions, financeRatioSettings } from '@aftersales/finance-ratio';
import { AuditModule } from '@aftersales/audit';

/** What each context reads from the environment, through its own config (intake.config.ts, qa.config.ts). */
export interface ContextSettings {
  readonly intake?: IntakeModuleOptions;
  readonly qa?: QaModuleOptions;
  readonly dispatch?: DispatchModuleOptions;
  readonly financeRatio?: FinanceRatioModuleOptions;
}

/** Every context's settings; a bad one stops start-up naming its variable. */
export function contextSettings(env: NodeJS.ProcessEnv): ContextSettings {
  return { intake: intakeSettings(env), qa: qaSettings(env), dispatch: dispatchSettings(env), financeRatio: financeRatioSettings(env) };
}

/**
 * Every bounded context's module, run together in one process. Adding a context is one line
 * here and in contextSettings; its module brings its own controllers, handlers and projections.
 */
export function contextModules(settings: ContextSettings = {}): DynamicModule[] {
  return [IntakeModule.forRoot(settings.intake), QaModule.forRoot(settings.qa), DispatchModule.forRoot(settings.dispatch), FinanceRatioModule.forRoot(settings.financeRatio), AuditModule.forRoot()];
}
