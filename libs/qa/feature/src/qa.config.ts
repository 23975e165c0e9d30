import { IsOptional, IsString } from 'class-validator';
import { loadConfig } from '@aftersales/platform';
import type { QaModuleOptions } from './qa.module';

/** QA's own settings: whichever process runs QA (standalone or its service) reads them here. */
export class QaConfig {
  /** The QA policy (YAML or JSON): which complaints become cases, deadlines, CAPA verifications; the default when unset. */
  @IsOptional()
  @IsString()
  QA_POLICY_FILE?: string;
}

/** QA's module options from the environment. */
export function qaSettings(env: NodeJS.ProcessEnv = process.env): QaModuleOptions {
  const { QA_POLICY_FILE } = loadConfig(QaConfig, env);
  return QA_POLICY_FILE === undefined ? {} : { policyFile: QA_POLICY_FILE };
}
