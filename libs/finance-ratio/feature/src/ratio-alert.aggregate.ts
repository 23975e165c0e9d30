import { Inject } from '@nestjs/common';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage } from '@aftersales/platform';
import {
  FINANCE_RATIO,
  RATIO_ALERT_EVENT_TYPES,
  FINANCE_RATIO_RATIO_ALERT_STREAM_PREFIX,
  RatioAlertCommand,
  RatioAlertEvent,
  RatioAlertObligation,
  RatioAlertState,
  ratioAlertDecider,
  ratioAlertObligationChanges,
} from '@aftersales/finance-ratio-domain';
import { RatioAlertView, applyToRatioAlertView } from './ratio-alert-view';

export const RATIO_ALERTS_COLLECTION = 'finance-ratio.ratio-alerts';

export function ratioAlertNotFound(ratioAlertId: string): NotFoundError {
  return new NotFoundError(FINANCE_RATIO.RATIO_ALERT_NOT_FOUND, `ratio alert ${ratioAlertId} does not exist`, { ratioAlertId });
}

/** The ratio alert, declared once: the platform derives its write path, reads, list and deadlines. */
export const ratioAlertAggregate: AggregateDefinition<RatioAlertCommand, RatioAlertEvent, RatioAlertState, RatioAlertView> = {
  context: 'finance-ratio',
  streamPrefix: FINANCE_RATIO_RATIO_ALERT_STREAM_PREFIX,
  eventTypes: RATIO_ALERT_EVENT_TYPES,
  decider: ratioAlertDecider,
  notFound: ratioAlertNotFound,
  obligations: {
    changes: ratioAlertObligationChanges,
    missed: (ratioAlertId, obligation, now) => ({ type: 'MarkDeadlineMissed', ratioAlertId, obligation: obligation as RatioAlertObligation, now }),
  },
  view: {
    collection: RATIO_ALERTS_COLLECTION,
    // Bump the version when applyToRatioAlertView changes what it stores: the projection rebuilds.
    projection: { name: 'finance-ratio-ratio-alerts', version: 1 },
    apply: applyToRatioAlertView,
    // Every filter and sort of the list is served by one of these, each leading with the tenant.
    indexes: [
      { fields: { tenantId: 1, openedAt: -1 } },
      { fields: { tenantId: 1, status: 1, openedAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
    ],
  },
};

/** The provider token of the ratio alert aggregate (platform provideAggregate). */
export const RATIO_ALERTS = Symbol('finance-ratio.RatioAlerts');

export type RatioAlerts = Aggregate<RatioAlertCommand, RatioAlertEvent, RatioAlertState, RatioAlertView>;

/** Every lifecycle command's handler: says how its request becomes the ratio alert command (platform AggregateCommandHandler). */
export abstract class RatioAlertCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, RatioAlertCommand, RatioAlertView> {
  constructor(
    @Inject(RATIO_ALERTS) protected readonly aggregate: RatioAlerts,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }
}
