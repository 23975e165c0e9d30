import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { WorkOrderOpened } from '@aftersales/dispatch-domain';
import { ApiError, CALENDARS, IDEMPOTENCY, VALIDATION_FAILED, canonicalJson, eventMetadata, idForCreate } from '@aftersales/platform';
import { WORK_ORDERS, WorkOrders, WorkOrderView } from '../../use-case-kit';
import { OpenWorkOrder } from './open-work-order.command';
import { OpenWorkOrderDto } from './open-work-order.request.dto';

/** Opens a work order in a region the calendars know; its due time counts that region's working days. */
@CommandHandler(OpenWorkOrder)
export class OpenWorkOrderHandler implements ICommandHandler<OpenWorkOrder> {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  async execute({ caller, request }: OpenWorkOrder): Promise<{ view: WorkOrderView; replayed: boolean }> {
    if (!this.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` },
      ]);
    }
    const workOrderId = idForCreate(caller, 'dispatch.work-order');
    if (caller.idempotencyKey) {
      const { envelopes, current } = await this.workOrders.read(caller.user.tenantId, workOrderId);
      if (current.view) {
        // The id comes from this user's Idempotency-Key: the first attempt stored the work order but
        // crashed before its response was recorded. The same request gets that work order, not a
        // second one; another request under the same key is refused as the interceptor would.
        const first = envelopes[0].data as Partial<WorkOrderOpened['data']>;
        if (canonicalJson(requestOf(first)) !== canonicalJson(requestOf(request))) {
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
        type: 'Open',
        workOrderId,
        region: request.region,
        customerId: request.customerId,
        subject: request.subject,
        openedBy: caller.user.id,
        now,
        calendar: this.calendars.forRegion(request.region),
      },
      metadata: eventMetadata(caller, request.region),
      now,
      expectedRevision: 'no_stream',
    });
    return { view: view as WorkOrderView, replayed: false };
  }
}

/** What a retry must repeat to be the same request: the fields the first attempt recorded. */
function requestOf(source: Partial<OpenWorkOrderDto>): Partial<OpenWorkOrderDto> {
  return { region: source.region, customerId: source.customerId, subject: source.subject };
}
