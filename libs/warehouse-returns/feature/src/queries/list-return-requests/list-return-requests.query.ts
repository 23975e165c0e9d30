import { CallerQuery, Page } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { ListReturnRequestsQuery } from './list-return-requests.request.dto';

export class ListReturnRequests extends CallerQuery<Page<ReturnRequestView>, ListReturnRequestsQuery> {}
