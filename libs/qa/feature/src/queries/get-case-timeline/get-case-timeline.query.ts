import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetCaseTimeline extends AggregateQuery<TimelineEntry[]> {}
