import { IsOptional, IsString } from 'class-validator';
import { loadConfig } from '@aftersales/platform';
import type { FinanceRatioModuleOptions } from './finance-ratio.module';

/** Finance-ratio's own settings: whichever process runs it (standalone or its service) reads them here. */
export class FinanceRatioConfig {
  /** The finance-ratio policy (YAML or JSON): period, limits per region and contract, counted dispositions; the default when unset. */
  @IsOptional()
  @IsString()
  FINANCE_RATIO_POLICY_FILE?: string;
}

/** Finance-ratio's module options from the environment. */
export function financeRatioSettings(env: NodeJS.ProcessEnv = process.env): FinanceRatioModuleOptions {
  const { FINANCE_RATIO_POLICY_FILE } = loadConfig(FinanceRatioConfig, env);
  return FINANCE_RATIO_POLICY_FILE === undefined ? {} : { policyFile: FINANCE_RATIO_POLICY_FILE };
}
