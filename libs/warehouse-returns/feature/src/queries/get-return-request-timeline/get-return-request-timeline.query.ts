import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetReturnRequestTimeline extends AggregateQuery<TimelineEntry[]> {}
