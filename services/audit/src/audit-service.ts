import { AuditModule, auditSettings } from '@aftersales/audit';
import type { ServiceAppOptions } from '@aftersales/infrastructure';
import { CASE_REPLAYS, CASE_REPLAY_PROVIDERS } from './case-replays';

/**
 * The audit service as its own process (distributed mode): archive submissions over HTTP, its
 * events to Kafka and, with AUDIT_SIGNING_KEY_FILE, the verifiable log of every context's full
 * record, archived from `aftersales.<context>.record` (AU-1, AU-2; READ_MODELS=postgres), with the
 * replay and case file of every registered case kind (ADR 019).
 */
export const auditService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'audit',
  title: 'aftersales audit',
  modules: (_config, env) => [AuditModule.forRoot({ ...auditSettings(env), replays: CASE_REPLAYS, replayProviders: CASE_REPLAY_PROVIDERS })],
};
