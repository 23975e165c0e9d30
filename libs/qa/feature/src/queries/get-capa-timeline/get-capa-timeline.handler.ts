import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { QaHandler, capaFor } from '../../qa.aggregates';
import { GetCapaTimeline } from './get-capa-timeline.query';

@QueryHandler(GetCapaTimeline)
export class GetCapaTimelineHandler extends QaHandler implements IQueryHandler<GetCapaTimeline> {
  async execute({ caller: { user }, id }: GetCapaTimeline): Promise<TimelineEntry[]> {
    await capaFor(this.capas, this.cases, user, id);
    return toTimeline(await this.capas.events(user.tenantId, id));
  }
}
