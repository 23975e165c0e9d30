import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { eventMetadata } from '@aftersales/platform';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { AlertView } from '../../alerts.projection';
import { CUSTOMERS, Customers } from '../../customer-ratio.aggregate';
import { FinanceAlerts } from '../../finance-alerts';
import { AcknowledgeAlert } from './acknowledge-alert.command';

/**
 * FR-2: the business head or leadership acknowledges an alert with a comment, once. The alert is
 * found in the alerts list (its customer's account), and the acknowledgement is decided on the
 * customer's own stream, so a second one is refused however close the two come.
 */
@CommandHandler(AcknowledgeAlert)
export class AcknowledgeAlertHandler implements ICommandHandler<AcknowledgeAlert> {
  constructor(
    private readonly alerts: FinanceAlerts,
    @Inject(CUSTOMERS) private readonly customers: Customers,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller, id, request }: AcknowledgeAlert): Promise<AlertView> {
    const alert = await this.alerts.collection().get(id);
    if (!alert || alert.tenantId !== caller.user.tenantId) throw new NotFoundError(FINANCE_RATIO.ALERT_NOT_FOUND, `alert ${id} does not exist`, { alertId: id });
    const now = this.clock.now();
    await this.customers.execute({
      id: alert.accountId,
      tenantId: caller.user.tenantId,
      command: { type: 'AcknowledgeAlert', accountId: alert.accountId, alertId: id, comment: request.comment, by: caller.user.id, now },
      metadata: eventMetadata(caller, alert.region),
      now,
    });
    const { _position: _unused, ...view } = alert as AlertView & { _position?: bigint };
    return { ...view, acknowledged: { by: caller.user.id, at: now.toISOString(), comment: request.comment } };
  }
}
