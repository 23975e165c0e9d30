import { AggregateQuery } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';

export class GetReturnRequest extends AggregateQuery<ReturnRequestView> {}
