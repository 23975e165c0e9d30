import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { COMPLAINTS, Complaints } from '../../use-case-kit';
import { GetComplaintTimeline } from './get-complaint-timeline.query';

/** Every event of one complaint with its actor and time; 404 for another tenant. */
@QueryHandler(GetComplaintTimeline)
export class GetComplaintTimelineHandler implements IQueryHandler<GetComplaintTimeline> {
  constructor(@Inject(COMPLAINTS) private readonly complaints: Complaints) {}

  async execute({ caller, id }: GetComplaintTimeline): Promise<TimelineEntry[]> {
    return toTimeline(await this.complaints.events(caller.user.tenantId, id));
  }
}
