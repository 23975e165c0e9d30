import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetWorkOrderTimeline extends AggregateQuery<TimelineEntry[]> {}
