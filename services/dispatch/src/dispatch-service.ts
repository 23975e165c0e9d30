import { DispatchModule, dispatchSettings } from '@aftersales/dispatch';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The dispatch service as its own process (distributed mode): work orders over HTTP, QA's dispositions from Kafka, its events to Kafka. */
export const dispatchService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'dispatch',
  title: 'aftersales dispatch',
  modules: (_config, env) => [DispatchModule.forRoot(dispatchSettings(env))],
};
