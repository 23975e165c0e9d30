import { AggregateQuery } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';

export class GetComplaint extends AggregateQuery<ComplaintView> {}
