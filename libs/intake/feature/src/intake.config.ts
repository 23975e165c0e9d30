import { IsOptional, IsString } from 'class-validator';
import { ConfigError, loadConfig } from '@aftersales/platform';
import type { IntakeModuleOptions } from './intake.module';

/** Intake's own settings: whichever process runs intake (standalone or its service) reads them here. */
export class IntakeConfig {
  /** The intake acceptance and response policy (YAML or JSON); the default policy when unset. */
  @IsOptional()
  @IsString()
  INTAKE_POLICY_FILE?: string;

  /** The older name of INTAKE_POLICY_FILE, still read so existing deployments keep their policy. */
  @IsOptional()
  @IsString()
  POLICY_FILE?: string;
}

/**
 * Intake's module options from the environment. POLICY_FILE alone is honoured as the alias it is;
 * both set to different files is refused, since either choice would silently ignore an operator's
 * setting.
 */
export function intakeSettings(env: NodeJS.ProcessEnv = process.env): IntakeModuleOptions {
  const { INTAKE_POLICY_FILE: current, POLICY_FILE: alias } = loadConfig(IntakeConfig, env);
  if (current !== undefined && alias !== undefined && current !== alias) {
    throw new ConfigError([
      `INTAKE_POLICY_FILE (${current}) and POLICY_FILE (${alias}), its older alias, name different files: set only INTAKE_POLICY_FILE`,
    ]);
  }
  if (current !== undefined) return { policyFile: current, policyFileVariable: 'INTAKE_POLICY_FILE' };
  if (alias !== undefined) return { policyFile: alias, policyFileVariable: 'POLICY_FILE' };
  return {};
}
