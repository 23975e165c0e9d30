import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetComplaintTimeline extends AggregateQuery<TimelineEntry[]> {}
