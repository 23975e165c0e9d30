import { CloseReturnRequestHandler } from './commands/close-return-request/close-return-request.handler';
import { CloseReturnRequestController } from './commands/close-return-request/close-return-request.http.controller';
import { OpenReturnRequestHandler } from './commands/open-return-request/open-return-request.handler';
import { OpenReturnRequestController } from './commands/open-return-request/open-return-request.http.controller';
import { GetReturnRequestHandler } from './queries/get-return-request/get-return-request.handler';
import { GetReturnRequestController } from './queries/get-return-request/get-return-request.http.controller';
import { GetReturnRequestTimelineHandler } from './queries/get-return-request-timeline/get-return-request-timeline.handler';
import { GetReturnRequestTimelineController } from './queries/get-return-request-timeline/get-return-request-timeline.http.controller';
import { ListReturnRequestsHandler } from './queries/list-return-requests/list-return-requests.handler';
import { ListReturnRequestsController } from './queries/list-return-requests/list-return-requests.http.controller';

/** WarehouseReturns's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const WAREHOUSE_RETURNS_USE_CASES = {
  controllers: [OpenReturnRequestController, ListReturnRequestsController, GetReturnRequestController, GetReturnRequestTimelineController, CloseReturnRequestController],
  handlers: [OpenReturnRequestHandler, ListReturnRequestsHandler, GetReturnRequestHandler, GetReturnRequestTimelineHandler, CloseReturnRequestHandler],
};
