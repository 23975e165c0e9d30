import { WarehouseReturnsModule } from '@aftersales/warehouse-returns';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The warehouse-returns service as its own process (distributed mode): return requests over HTTP, its events to Kafka. */
export const warehouseReturnsService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'warehouse-returns',
  title: 'aftersales warehouse-returns',
  modules: () => [WarehouseReturnsModule.forRoot()],
};
