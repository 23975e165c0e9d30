import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { RETURN_REQUESTS, ReturnRequests } from '../../use-case-kit';
import { GetReturnRequestTimeline } from './get-return-request-timeline.query';

/** Every event of one return request with its actor and time; 404 for another tenant. */
@QueryHandler(GetReturnRequestTimeline)
export class GetReturnRequestTimelineHandler implements IQueryHandler<GetReturnRequestTimeline> {
  constructor(@Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests) {}

  async execute({ caller, id }: GetReturnRequestTimeline): Promise<TimelineEntry[]> {
    return toTimeline(await this.returnRequests.events(caller.user.tenantId, id));
  }
}
