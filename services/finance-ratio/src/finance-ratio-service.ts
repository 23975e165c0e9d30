import { FinanceRatioModule, financeRatioSettings } from '@aftersales/finance-ratio';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The finance-ratio service as its own process (distributed mode): purchases and ratios over HTTP, QA's dispositions in, its snapshots and alerts to Kafka. */
export const financeRatioService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'finance-ratio',
  title: 'aftersales finance-ratio',
  // Its settings come from its own config (FINANCE_RATIO_POLICY_FILE).
  modules: (_config, env) => [FinanceRatioModule.forRoot(financeRatioSettings(env))],
};
