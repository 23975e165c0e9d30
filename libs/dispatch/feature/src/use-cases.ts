import { CloseWorkOrderHandler } from './commands/close-work-order/close-work-order.handler';
import { CloseWorkOrderController } from './commands/close-work-order/close-work-order.http.controller';
import { OpenWorkOrderHandler } from './commands/open-work-order/open-work-order.handler';
import { OpenWorkOrderController } from './commands/open-work-order/open-work-order.http.controller';
import { GetWorkOrderHandler } from './queries/get-work-order/get-work-order.handler';
import { GetWorkOrderController } from './queries/get-work-order/get-work-order.http.controller';
import { GetWorkOrderTimelineHandler } from './queries/get-work-order-timeline/get-work-order-timeline.handler';
import { GetWorkOrderTimelineController } from './queries/get-work-order-timeline/get-work-order-timeline.http.controller';
import { ListWorkOrdersHandler } from './queries/list-work-orders/list-work-orders.handler';
import { ListWorkOrdersController } from './queries/list-work-orders/list-work-orders.http.controller';

/** Dispatch's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const DISPATCH_USE_CASES = {
  controllers: [OpenWorkOrderController, ListWorkOrdersController, GetWorkOrderController, GetWorkOrderTimelineController, CloseWorkOrderController],
  handlers: [OpenWorkOrderHandler, ListWorkOrdersHandler, GetWorkOrderHandler, GetWorkOrderTimelineHandler, CloseWorkOrderHandler],
};
