import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetCapaTimeline extends AggregateQuery<TimelineEntry[]> {}
