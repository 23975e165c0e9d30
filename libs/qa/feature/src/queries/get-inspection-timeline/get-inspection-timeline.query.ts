import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetInspectionTimeline extends AggregateQuery<TimelineEntry[]> {}
