import { AuditModule, auditSettings } from '@aftersales/audit';
import type { ServiceAppOptions } from '@aftersales/infrastructure';
import { CASE_REPLAYS, CASE_REPLAY_PROVIDERS } from './case-replays';
import { openAuditSources } from './source-stores';

/**
 * The audit service as its own process (distributed mode): archive submissions over HTTP, its
 * events to Kafka and, with AUDIT_SIGNING_KEY_FILE, the verifiable log of every context's full
 * record, archived from `aftersales.<context>.record` (AU-1, AU-2; READ_MODELS=postgres), with the
 * replay and case file of every registered case kind (ADR 019); verify reads the other contexts'
 * event stores back, read-only, where AUDIT_SOURCE_STORES names them.
 */
export const auditService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'audit',
  title: 'aftersales audit',
  modules: (_config, env) => {
    const settings = auditSettings(env);
    // verify reads the other contexts' stores named by AUDIT_SOURCE_STORES, read-only.
    return [AuditModule.forRoot({ ...settings, sources: openAuditSources(settings.log?.sourceStores ?? []), replays: CASE_REPLAYS, replayProviders: CASE_REPLAY_PROVIDERS })];
  },
};
