import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { WorkOrderCreated } from '@aftersales/dispatch-domain';
import { ApiError, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { DispatchContext, OUTLETS, Outlets, WORK_ORDERS, WorkOrders, WorkOrderView, assertOwnCounter, outletFacts } from '../../use-case-kit';
import { IntakeWarrantyFacts } from '../../intake-warranty-facts';
import { TakeOutletRequest } from './take-outlet-request.command';
import { TakeOutletRequestDto } from './take-outlet-request.request.dto';

/**
 * DI-2: a request taken at an outlet becomes a work order given to that outlet, decided free or
 * charged by the free-repair rules on the best receipt date there is: intake's record of the serial
 * number (from its published ComplaintRegistered), else the proof the customer shows.
 */
@CommandHandler(TakeOutletRequest)
export class TakeOutletRequestHandler implements ICommandHandler<TakeOutletRequest> {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(OUTLETS) private readonly outlets: Outlets,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly context: DispatchContext,
    private readonly warranty: IntakeWarrantyFacts,
  ) {}

  async execute({ caller, outletId, request }: TakeOutletRequest): Promise<{ view: WorkOrderView; replayed: boolean }> {
    const tenantId = caller.user.tenantId;
    // DI-2: an outlet's own staff take requests at their outlet's counter only (403 before anything is read or recorded).
    assertOwnCounter(caller.user, outletId);
    const outlet = await this.outlets.get(tenantId, outletId);
    const now = this.clock.now();
    const requestedOn = this.context.calendars.forRegion(outlet.region).localDate(now);
    if (request.goodsReceivedOn !== undefined && request.goodsReceivedOn > requestedOn) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'goodsReceivedOn', code: 'in_future', message: `goodsReceivedOn must not be after ${requestedOn}` }]);
    }
    const workOrderId = idForCreate(caller, 'dispatch.outlet-request');
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.workOrders.read(tenantId, workOrderId);
      if (current.view) {
        // The first attempt stored the order but its response was lost: the same request gets it.
        if (canonicalJson(requestOf(envelopes[0].data as WorkOrderCreated['data'])) !== canonicalJson(requestOfDto(outletId, request))) {
          throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another request');
        }
        return { view: current.view, replayed: true };
      }
    }
    const serialNumber = request.product.serialNumber ?? null;
    const receipt = await this.warranty.receiptFor(tenantId, serialNumber, request.goodsReceivedOn ?? null);
    const { view } = await this.workOrders.execute({
      id: workOrderId,
      tenantId,
      command: {
        type: 'TakeOutletRequest',
        workOrderId,
        outlet: outletFacts(outlet),
        scope: request.scope,
        customer: { customerId: request.customer.customerId, name: request.customer.name ?? null, phone: request.customer.phone ?? null },
        product: { model: request.product.model, productLine: request.product.productLine, serialNumber },
        requestedWork: request.requestedWork,
        request: { partClass: request.partClass ?? 'main', warrantyCardMonths: request.warrantyCardMonths ?? null, cause: request.cause, requestedOn },
        receipt,
        createdBy: caller.user.id,
        policy: this.context.policy,
        now,
      },
      metadata: eventMetadata(caller, outlet.region),
      now,
      expectedRevision: 'no_stream',
    });
    return { view: view as WorkOrderView, replayed: false };
  }
}

/** What a retry must repeat to be the same request: the fields the first attempt recorded. */
function requestOf(first: WorkOrderCreated['data']): unknown {
  const source = first.source.kind === 'outlet' ? first.source : null;
  return { outletId: source?.outletId, scope: source?.scope, customerId: first.customer.customerId, product: first.product, requestedWork: first.requestedWork };
}

function requestOfDto(outletId: string, request: TakeOutletRequestDto): unknown {
  return {
    outletId,
    scope: request.scope,
    customerId: request.customer.customerId,
    product: { model: request.product.model, productLine: request.product.productLine, serialNumber: request.product.serialNumber ?? null },
    requestedWork: request.requestedWork,
  };
}
