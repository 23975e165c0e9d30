import { WarehouseReturnsModule, warehouseReturnsSettings } from '@aftersales/warehouse-returns';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The warehouse-returns service as its own process (distributed mode): return requests over HTTP, finance's figures and deliveries and QA's dispositions and inspections from Kafka, its events to Kafka. */
export const warehouseReturnsService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'warehouse-returns',
  title: 'aftersales warehouse-returns',
  modules: (_config, env) => [WarehouseReturnsModule.forRoot(warehouseReturnsSettings(env))],
};
