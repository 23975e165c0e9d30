import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimelineEntry, toTimeline } from '@aftersales/platform';
import { RATIO_ALERTS, RatioAlerts } from '../../use-case-kit';
import { GetRatioAlertTimeline } from './get-ratio-alert-timeline.query';

/** Every event of one ratio alert with its actor and time; 404 for another tenant. */
@QueryHandler(GetRatioAlertTimeline)
export class GetRatioAlertTimelineHandler implements IQueryHandler<GetRatioAlertTimeline> {
  constructor(@Inject(RATIO_ALERTS) private readonly ratioAlerts: RatioAlerts) {}

  async execute({ caller, id }: GetRatioAlertTimeline): Promise<TimelineEntry[]> {
    return toTimeline(await this.ratioAlerts.events(caller.user.tenantId, id));
  }
}
