import { Inject, Injectable } from '@nestjs/common';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError, TenantScopedReader } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage, Caller, LoadedPolicy, actingRoleOf, executeFor } from '@aftersales/platform';
import {
  Actor,
  Deliveries,
  LineRequest,
  RETURN_REQUEST_EVENT_TYPES,
  ReturnRequestCommand,
  ReturnRequestEvent,
  ReturnRequestObligation,
  ReturnRequestState,
  WAREHOUSE_RETURNS,
  WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
  WarehouseReturnsPolicy,
  deliveryKey,
  returnRequestDecider,
  returnRequestObligationChanges,
} from '@aftersales/warehouse-returns-domain';
import { ReturnRequestView, applyToReturnRequestView } from './return-request-view';
import { FinanceFacts } from './finance-facts';
import { WAREHOUSE_RETURNS_POLICY } from './warehouse-returns-policy.provider';

export const RETURN_REQUESTS_COLLECTION = 'warehouse-returns.return-requests';

export function returnRequestNotFound(returnRequestId: string): NotFoundError {
  return new NotFoundError(WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND, `return request ${returnRequestId} does not exist`, { returnRequestId });
}

/** The return request, declared once: the platform derives its write path, reads, list and deadlines. */
export const returnRequestAggregate: AggregateDefinition<ReturnRequestCommand, ReturnRequestEvent, ReturnRequestState, ReturnRequestView> = {
  context: 'warehouse-returns',
  streamPrefix: WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
  eventTypes: RETURN_REQUEST_EVENT_TYPES,
  decider: returnRequestDecider,
  notFound: returnRequestNotFound,
  obligations: {
    changes: returnRequestObligationChanges,
    missed: (returnRequestId, obligation, now) => ({ type: 'MarkDeadlineMissed', returnRequestId, obligation: obligation as ReturnRequestObligation, now }),
  },
  view: {
    collection: RETURN_REQUESTS_COLLECTION,
    // Bump the version when applyToReturnRequestView changes what it stores: the projection rebuilds.
    projection: { name: 'warehouse-returns-return-requests', version: 2 },
    apply: applyToReturnRequestView,
    // Every filter and sort of the list is served by one of these, each leading with the tenant.
    indexes: [
      { fields: { tenantId: 1, openedAt: -1 } },
      { fields: { tenantId: 1, status: 1, openedAt: -1 } },
      { fields: { tenantId: 1, reason: 1, openedAt: -1 } },
      // The customer filter, and the quantities a customer's other returns take back (WR-1).
      { fields: { tenantId: 1, customerId: 1, openedAt: -1 } },
      { fields: { tenantId: 1, caseId: 1, openedAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
    ],
  },
};

/** The provider token of the return request aggregate (platform provideAggregate). */
export const RETURN_REQUESTS = Symbol('warehouse-returns.ReturnRequests');

export type ReturnRequests = Aggregate<ReturnRequestCommand, ReturnRequestEvent, ReturnRequestState, ReturnRequestView>;

/** Who the caller is in a domain command: the user and the role the request acts in. */
export function actorOf(caller: Caller): Actor {
  return { id: caller.user.id, role: actingRoleOf(caller.user) };
}

/**
 * What a command needs from outside the stream (WR-1, WR-2): finance's figures and deliveries from
 * warehouse-returns's own projections, and the quantities the customer's other returns take back.
 */
@Injectable()
export class ReturnFacts {
  constructor(
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
    private readonly finance: FinanceFacts,
  ) {}

  ratioFor(tenantId: string, customerId: string) {
    return this.finance.ratioFor(tenantId, customerId);
  }

  // rule WR-1: the quantities already returned are those of the customer's other requests that were not refused
  async deliveriesFor(tenantId: string, customerId: string, lines: readonly LineRequest[], excludingReturnRequestId: string): Promise<Deliveries> {
    const others = await new TenantScopedReader(this.returnRequests.collection(), tenantId).find({ customerId });
    const returned = new Map<string, number>();
    for (const r of others) {
      if (r.returnRequestId === excludingReturnRequestId || r.status === 'refused') continue;
      const booked = r.receipt ? new Map(r.receipt.lines.map((l) => [l.lineId, l.quantity])) : null;
      for (const l of r.lines) {
        const key = deliveryKey(l.deliveryDocument, l.sku);
        returned.set(key, (returned.get(key) ?? 0) + (booked ? (booked.get(l.lineId) ?? 0) : l.quantity));
      }
    }
    return this.finance.deliveriesFor(tenantId, customerId, lines, returned);
  }
}

/** Every lifecycle command's handler: says how its request becomes the return request command (platform AggregateCommandHandler). */
export abstract class ReturnRequestCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, ReturnRequestCommand, ReturnRequestView> {
  constructor(
    @Inject(RETURN_REQUESTS) protected readonly aggregate: ReturnRequests,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(WAREHOUSE_RETURNS_POLICY) protected readonly loaded: LoadedPolicy<WarehouseReturnsPolicy>,
  ) {
    super();
  }
}

/**
 * A command that needs facts from outside the stream first (finance's figure, the deliveries): it
 * reads the return request as the caller may see it, gathers them, then decides as every command does.
 */
export abstract class ReturnRequestFactsHandler<TMessage extends AggregateCommandMessage, TFacts> {
  constructor(
    @Inject(RETURN_REQUESTS) protected readonly aggregate: ReturnRequests,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(WAREHOUSE_RETURNS_POLICY) protected readonly loaded: LoadedPolicy<WarehouseReturnsPolicy>,
    protected readonly facts: ReturnFacts,
  ) {}

  abstract gather(message: TMessage, current: ReturnRequestView): Promise<TFacts>;
  abstract decide(message: TMessage, facts: TFacts): ReturnRequestCommand;

  async execute(message: TMessage): Promise<ReturnRequestView> {
    const { tenantId } = message.caller.user;
    const view = (await this.aggregate.read(tenantId, message.id)).current.view;
    if (!view) throw returnRequestNotFound(message.id);
    const facts = await this.gather(message, view);
    return executeFor(this.aggregate, message.caller, message.id, () => this.decide(message, facts), this.clock.now());
  }
}
