import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { Inspections, RETURN_INSPECTIONS } from '../../qa.aggregates';
import { GetInspectionTimeline } from './get-inspection-timeline.query';

@QueryHandler(GetInspectionTimeline)
export class GetInspectionTimelineHandler implements IQueryHandler<GetInspectionTimeline> {
  constructor(@Inject(RETURN_INSPECTIONS) private readonly inspections: Inspections) {}

  async execute({ caller: { user }, id }: GetInspectionTimeline): Promise<TimelineEntry[]> {
    await this.inspections.get(user.tenantId, id);
    return toTimeline(await this.inspections.events(user.tenantId, id));
  }
}
