import { DynamicModule } from '@nestjs/common';
import { IntakeModule } from '@aftersales/intake';
import { QaModule } from '@aftersales/qa';

/** What the contexts read from the standalone's configuration (validated in config.ts). */
export interface ContextSettings {
  readonly policyFile?: string;
  readonly qaPolicyFile?: string;
}

/**
 * Every bounded context's module, run together in one process. Adding a context is one line
 * here; its module brings its own controllers, handlers and projections.
 */
export function contextModules(settings: ContextSettings): DynamicModule[] {
  return [IntakeModule.forRoot({ policyFile: settings.policyFile }), QaModule.forRoot({ policyFile: settings.qaPolicyFile })];
}
