import { CallerQuery, Page } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { ListWorkOrdersQuery } from './list-work-orders.request.dto';

export class ListWorkOrders extends CallerQuery<Page<WorkOrderView>, ListWorkOrdersQuery> {}
