import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { QaHandler } from '../../qa.aggregates';
import { GetCaseTimeline } from './get-case-timeline.query';

@QueryHandler(GetCaseTimeline)
export class GetCaseTimelineHandler extends QaHandler implements IQueryHandler<GetCaseTimeline> {
  async execute({ caller: { user }, id }: GetCaseTimeline): Promise<TimelineEntry[]> {
    return toTimeline(await this.cases.events(user.tenantId, id, user));
  }
}
