import { IsOptional, IsString } from 'class-validator';
import { loadConfig } from '@aftersales/platform';
import type { DispatchModuleOptions } from './dispatch.module';

/** Dispatch's own settings: whichever process runs dispatch (standalone or its service) reads them here. */
export class DispatchConfig {
  /** The dispatch policy (YAML or JSON): arrival hours and clock, follow-up days, penalties; the default when unset. */
  @IsOptional()
  @IsString()
  DISPATCH_POLICY_FILE?: string;
}

/** Dispatch's module options from the environment. */
export function dispatchSettings(env: NodeJS.ProcessEnv = process.env): DispatchModuleOptions {
  const { DISPATCH_POLICY_FILE } = loadConfig(DispatchConfig, env);
  return DISPATCH_POLICY_FILE === undefined ? {} : { policyFile: DISPATCH_POLICY_FILE };
}
