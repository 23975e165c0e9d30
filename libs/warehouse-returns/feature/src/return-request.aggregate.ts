import { Inject, Injectable } from '@nestjs/common';
import { Aggregate, AggregateDefinition, CLOCK, Clock, EventMetadata, InvalidStateError, NotFoundError, TenantScopedReader, WrongExpectedRevisionError } from '@aftersales/eventsourcing';
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
  RequestQuantities,
  Reservation,
  WarehouseReturnsPolicy,
  quantitiesOf,
  reservationStillHolds,
  returnedElsewhere,
  returnRequestDecider,
  returnRequestObligationChanges,
} from '@aftersales/warehouse-returns-domain';
import { ReturnRequestView, applyToReturnRequestView } from './return-request-view';
import { FinanceFacts } from './finance-facts';
import { ReturnsLedger } from './returns-ledger';
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
 * warehouse-returns's own projections, and the quantities the customer's other returns take back,
 * from the customer's returns ledger (ADR 020).
 */
@Injectable()
export class ReturnFacts {
  constructor(
    @Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests,
    private readonly finance: FinanceFacts,
    private readonly ledger: ReturnsLedger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  ratioFor(tenantId: string, customerId: string) {
    return this.finance.ratioFor(tenantId, customerId);
  }

  /**
   * rule WR-1: a line may not return more than was delivered less what was already returned, also
   * when two requests race for it. Each attempt reads the customer's ledger, works out what the
   * other requests take back, and lets `prepare` decide on the deliveries (a refusal throws: nothing
   * is written). A decision that changes quantities is reserved in the ledger at the revision read,
   * then written; a racing reservation makes the append conflict, and the next attempt sees it.
   * A failed write releases its reservation.
   */
  async withinDeliveries<T>(scope: LedgerScope, prepare: (deliveries: Deliveries) => Promise<PreparedWrite<T>>): Promise<T> {
    const { tenantId, customerId, returnRequestId } = scope;
    for (let attempt = 1; ; attempt++) {
      const ledger = await this.ledger.read(tenantId, customerId);
      const requests = await this.requestQuantities(tenantId, customerId, ledger.reservations);
      const returned = returnedElsewhere(ledger.reservations, requests, returnRequestId, this.clock.now());
      const prepared = await prepare(await this.finance.deliveriesFor(tenantId, customerId, scope.lines, returned));
      if (prepared.requestRevision === null) return prepared.write();
      const reservedAt = this.clock.now();
      const reservation = { customerId, returnRequestId, quantities: quantitiesOf(scope.lines), requestRevision: prepared.requestRevision };
      let reservationId: string;
      try {
        reservationId = await this.ledger.reserve(ledger, reservation, scope.metadata, reservedAt);
      } catch (err) {
        if (err instanceof WrongExpectedRevisionError && attempt < LEDGER_ATTEMPTS) continue;
        throw err;
      }
      try {
        if (!reservationStillHolds(reservedAt, this.clock.now())) throw new InvalidStateError(WAREHOUSE_RETURNS.RESERVATION_EXPIRED, 'the return request took too long to write after its quantities were reserved; send it again');
        return await prepared.write();
      } catch (err) {
        // Only this writer's reservation: another writer's of the same request (a double submit) keeps holding until its own write lands.
        await this.ledger.release(tenantId, reservationId, reservation, scope.metadata, this.clock.now(), err instanceof Error ? err.message : String(err)).catch(() => undefined);
        // The request's stream moved under a pinned write: decide again on it. A new request's (no_stream) conflict is the caller's to answer.
        if (err instanceof WrongExpectedRevisionError && prepared.decideAgainOnConflict && attempt < LEDGER_ATTEMPTS) continue;
        throw err;
      }
    }
  }

  /**
   * Each of the customer's requests as WR-1 counts it: from the list projection, or from its own
   * stream where the projection does not yet show the write a reservation was made for.
   */
  private async requestQuantities(tenantId: string, customerId: string, reservations: ReadonlyMap<string, readonly Reservation[]>): Promise<Map<string, RequestQuantities>> {
    const listed = await new TenantScopedReader(this.returnRequests.collection(), tenantId).find({ customerId });
    const out = new Map<string, RequestQuantities>(listed.map((v) => [v.returnRequestId, { ...v, revision: BigInt(v.revision) }]));
    // Released ones too: a write can land although its writer saw an error (and released).
    const behind = [...reservations.entries()].filter(([id, rs]) => rs.some((r) => (out.get(id)?.revision ?? -1n) < r.requestRevision)).map(([id]) => id);
    const read = await Promise.all(behind.map(async (id) => [id, await this.returnRequests.load(tenantId, id)] as const));
    for (const [id, current] of read) {
      if (current.view && current.revision !== null) out.set(id, { ...current.view, revision: current.revision });
    }
    return out;
  }
}

/** Attempts of a WR-1 decision against racing requests of the same customer before the conflict is answered (409). */
const LEDGER_ATTEMPTS = 5;

/** Whose quantities a decision changes, and to what lines. */
export interface LedgerScope {
  readonly tenantId: string;
  readonly customerId: string;
  readonly returnRequestId: string;
  readonly lines: readonly LineRequest[];
  readonly metadata: EventMetadata;
}

/** A decision made on the deliveries, not yet written: the request's revision once written (null when nothing changes), and its write. */
export interface PreparedWrite<T> {
  readonly requestRevision: bigint | null;
  readonly write: () => Promise<T>;
  /** A write pinned to the revision read is decided again when the stream moved; a new request's conflict (it exists) is not. */
  readonly decideAgainOnConflict: boolean;
}

/**
 * A command on an existing request, decided on its stream as read now and written at that revision
 * (a racing change of the stream makes withinDeliveries decide again): what amending lines and the
 * leader's exception give `withinDeliveries`. `check` may refuse the decided events first (throws).
 */
export async function preparePinnedWrite(
  aggregate: ReturnRequests,
  tenantId: string,
  id: string,
  metadata: EventMetadata,
  commandFor: (current: ReturnRequestView) => ReturnRequestCommand,
  check: (events: readonly ReturnRequestEvent[], current: ReturnRequestView) => void = () => undefined,
): Promise<PreparedWrite<ReturnRequestView>> {
  const { current } = await aggregate.read(tenantId, id);
  const view = current.view;
  const revision = current.revision;
  if (!view || revision === null) throw returnRequestNotFound(id);
  const command = commandFor(view);
  const events = returnRequestDecider.decide(command, current.state);
  check(events, view);
  if (events.length === 0) return { requestRevision: null, write: async () => view, decideAgainOnConflict: true };
  return {
    requestRevision: revision + BigInt(events.length),
    write: async () => (await aggregate.execute({ id, tenantId, command, metadata, now: command.now, expectedRevision: revision })).view as ReturnRequestView,
    decideAgainOnConflict: true,
  };
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
