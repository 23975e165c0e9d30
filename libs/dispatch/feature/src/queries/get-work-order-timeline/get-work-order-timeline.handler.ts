import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { WORK_ORDERS, WorkOrders } from '../../use-case-kit';
import { GetWorkOrderTimeline } from './get-work-order-timeline.query';

/** Every event of one work order with its actor and time; 404 for another tenant. */
@QueryHandler(GetWorkOrderTimeline)
export class GetWorkOrderTimelineHandler implements IQueryHandler<GetWorkOrderTimeline> {
  constructor(@Inject(WORK_ORDERS) private readonly workOrders: WorkOrders) {}

  async execute({ caller, id }: GetWorkOrderTimeline): Promise<TimelineEntry[]> {
    return toTimeline(await this.workOrders.events(caller.user.tenantId, id, caller.user));
  }
}
