import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetRatioAlertTimeline extends AggregateQuery<TimelineEntry[]> {}
