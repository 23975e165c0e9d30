import { AggregateQuery, TimelineEntry } from '@aftersales/platform';

export class GetArchiveSubmissionTimeline extends AggregateQuery<TimelineEntry[]> {}
