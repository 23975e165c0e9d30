import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { IssueTransportOrderDto } from './issue-transport-order.request.dto';

export class IssueTransportOrder extends AggregateRequest<ReturnRequestView, IssueTransportOrderDto> {}
