import { FinanceRatioModule } from '@aftersales/finance-ratio';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The finance-ratio service as its own process (distributed mode): ratio alerts over HTTP, its events to Kafka. */
export const financeRatioService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'finance-ratio',
  title: 'aftersales finance-ratio',
  modules: () => [FinanceRatioModule.forRoot()],
};
