import { AuditModule } from '@aftersales/audit';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The audit service as its own process (distributed mode): archive submissions over HTTP, its events to Kafka. */
export const auditService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'audit',
  title: 'aftersales audit',
  modules: () => [AuditModule.forRoot()],
};
