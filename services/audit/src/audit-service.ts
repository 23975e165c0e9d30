import { AuditModule, auditSettings } from '@aftersales/audit';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/**
 * The audit service as its own process (distributed mode): archive submissions over HTTP, its
 * events to Kafka and, with AUDIT_SIGNING_KEY_FILE, the verifiable log of every context's full
 * record, archived from `aftersales.<context>.record` (AU-1, AU-2; READ_MODELS=postgres).
 */
export const auditService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'audit',
  title: 'aftersales audit',
  modules: (_config, env) => [AuditModule.forRoot(auditSettings(env))],
};
