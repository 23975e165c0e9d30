import { LoadedPolicy, policyDigest, readPolicyFile } from '@aftersales/platform';
import { DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, WarehouseReturnsPolicy, parseWarehouseReturnsPolicy, warehouseReturnsPolicyVersion } from '@aftersales/warehouse-returns-domain';

export const WAREHOUSE_RETURNS_POLICY = Symbol('WarehouseReturnsPolicy');

/**
 * The return policy in force with its version and content digest, which decisions record: the
 * default document, or the operator's (WAREHOUSE_RETURNS_POLICY_FILE, YAML or JSON). One that
 * cannot be read or does not match the schema stops start-up with the path and reason.
 */
export function loadWarehouseReturnsPolicy(file?: string): LoadedPolicy<WarehouseReturnsPolicy> {
  const policy = file ? readPolicyFile('WAREHOUSE_RETURNS_POLICY_FILE', file, parseWarehouseReturnsPolicy) : parseWarehouseReturnsPolicy(DEFAULT_WAREHOUSE_RETURNS_POLICY_YAML, 'default');
  return { policy, version: warehouseReturnsPolicyVersion(policy), digest: policyDigest(policy) };
}
