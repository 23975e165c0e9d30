import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { WorkOrderCreated } from '@aftersales/dispatch-domain';
import { ApiError, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { DispatchContext, WORK_ORDERS, WorkOrders, WorkOrderView } from '../../use-case-kit';
import { CreateWorkOrder } from './create-work-order.command';
import { CreateWorkOrderDto } from './create-work-order.request.dto';

/** DI-1: a dispatcher's work order from a phone request, in a region the calendars know. */
@CommandHandler(CreateWorkOrder)
export class CreateWorkOrderHandler implements ICommandHandler<CreateWorkOrder> {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly context: DispatchContext,
  ) {}

  async execute({ caller, request }: CreateWorkOrder): Promise<{ view: WorkOrderView; replayed: boolean }> {
    if (!this.context.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.context.calendars.regions().join(', ')}` },
      ]);
    }
    const workOrderId = idForCreate(caller, 'dispatch.work-order');
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.workOrders.read(caller.user.tenantId, workOrderId);
      if (current.view) {
        // The id comes from this user's Idempotency-Key: the first attempt stored the work order but
        // crashed before its response was recorded. The same request gets that work order, not a
        // second one; another request under the same key is refused as the interceptor would.
        const first = envelopes[0].data as WorkOrderCreated['data'];
        if (canonicalJson(requestOf(first)) !== canonicalJson(requestOfDto(request))) {
          throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another work order');
        }
        return { view: current.view, replayed: true };
      }
    }
    const now = this.clock.now();
    const { view } = await this.workOrders.execute({
      id: workOrderId,
      tenantId: caller.user.tenantId,
      command: {
        type: 'Create',
        workOrderId,
        region: request.region,
        customer: { customerId: request.customer.customerId, name: request.customer.name ?? null, phone: request.customer.phone ?? null },
        product: { model: request.product.model, productLine: request.product.productLine, serialNumber: request.product.serialNumber ?? null },
        requestedWork: request.requestedWork,
        source: { kind: 'phone', callerName: request.callerName ?? null, callerPhone: request.callerPhone ?? null },
        customerRequiredBy: request.customerRequiredBy ? new Date(request.customerRequiredBy).toISOString() : null,
        createdBy: caller.user.id,
        now,
      },
      metadata: eventMetadata(caller, request.region),
      now,
      expectedRevision: 'no_stream',
    });
    return { view: view as WorkOrderView, replayed: false };
  }
}

/** What a retry must repeat to be the same request: the fields the first attempt recorded. */
function requestOf(first: WorkOrderCreated['data']): unknown {
  return { region: first.region, customerId: first.customer.customerId, product: first.product, requestedWork: first.requestedWork };
}

function requestOfDto(request: CreateWorkOrderDto): unknown {
  return {
    region: request.region,
    customerId: request.customer.customerId,
    product: { model: request.product.model, productLine: request.product.productLine, serialNumber: request.product.serialNumber ?? null },
    requestedWork: request.requestedWork,
  };
}
