import { IsOptional, IsString } from 'class-validator';
import { loadConfig } from '@aftersales/platform';
import type { WarehouseReturnsModuleOptions } from './warehouse-returns.module';

/** warehouse-returns's own settings: whichever process runs it (standalone or its service) reads them here. */
export class WarehouseReturnsConfig {
  /** The return policy (YAML or JSON): approval steps per reason, time limit, exception and consent steps, the return note's due time; the default when unset. */
  @IsOptional()
  @IsString()
  WAREHOUSE_RETURNS_POLICY_FILE?: string;
}

/** warehouse-returns's module options from the environment. */
export function warehouseReturnsSettings(env: NodeJS.ProcessEnv = process.env): WarehouseReturnsModuleOptions {
  const { WAREHOUSE_RETURNS_POLICY_FILE } = loadConfig(WarehouseReturnsConfig, env);
  return WAREHOUSE_RETURNS_POLICY_FILE === undefined ? {} : { policyFile: WAREHOUSE_RETURNS_POLICY_FILE };
}
