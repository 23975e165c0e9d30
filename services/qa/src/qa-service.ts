import { QaModule, qaSettings } from '@aftersales/qa';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The QA service as its own process (distributed mode): quality cases over HTTP, intake's events in, its own to Kafka. */
export const qaService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'qa',
  title: 'aftersales qa',
  // QA's settings come from its own config (QA_POLICY_FILE).
  modules: (_config, env) => [QaModule.forRoot(qaSettings(env))],
};
