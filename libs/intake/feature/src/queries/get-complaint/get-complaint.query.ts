import { AggregateQuery } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';

export class GetComplaint extends AggregateQuery<ComplaintView> {}
