import { OpenReturnRequestHandler } from './commands/open-return-request/open-return-request.handler';
import { OpenReturnRequestController } from './commands/open-return-request/open-return-request.http.controller';
import { AmendReturnLinesHandler } from './commands/amend-return-lines/amend-return-lines.handler';
import { AmendReturnLinesController } from './commands/amend-return-lines/amend-return-lines.http.controller';
import { SignReturnStepHandler } from './commands/sign-return-step/sign-return-step.handler';
import { SignReturnStepController } from './commands/sign-return-step/sign-return-step.http.controller';
import { RefuseReturnStepHandler } from './commands/refuse-return-step/refuse-return-step.handler';
import { RefuseReturnStepController } from './commands/refuse-return-step/refuse-return-step.http.controller';
import { IssueTransportOrderHandler } from './commands/issue-transport-order/issue-transport-order.handler';
import { IssueTransportOrderController } from './commands/issue-transport-order/issue-transport-order.http.controller';
import { RecordPickupHandler } from './commands/record-pickup/record-pickup.handler';
import { RecordPickupController } from './commands/record-pickup/record-pickup.http.controller';
import { RecordArrivalHandler } from './commands/record-arrival/record-arrival.handler';
import { RecordArrivalController } from './commands/record-arrival/record-arrival.http.controller';
import { RecordCountHandler } from './commands/record-count/record-count.handler';
import { RecordCountController } from './commands/record-count/record-count.http.controller';
import { ResolveSerialMismatchHandler } from './commands/resolve-serial-mismatch/resolve-serial-mismatch.handler';
import { ResolveSerialMismatchController } from './commands/resolve-serial-mismatch/resolve-serial-mismatch.http.controller';
import { RecordOutcomeHandler } from './commands/record-outcome/record-outcome.handler';
import { RecordOutcomeController } from './commands/record-outcome/record-outcome.http.controller';
import { BookReturnHandler } from './commands/book-return/book-return.handler';
import { BookReturnController } from './commands/book-return/book-return.http.controller';
import { SendReturnNoteHandler } from './commands/send-return-note/send-return-note.handler';
import { SendReturnNoteController } from './commands/send-return-note/send-return-note.http.controller';
import { GetCustomerRatioHandler } from './queries/get-customer-ratio/get-customer-ratio.handler';
import { GetCustomerRatioController } from './queries/get-customer-ratio/get-customer-ratio.http.controller';
import { GetReturnRequestHandler } from './queries/get-return-request/get-return-request.handler';
import { GetReturnRequestController } from './queries/get-return-request/get-return-request.http.controller';
import { GetReturnRequestTimelineHandler } from './queries/get-return-request-timeline/get-return-request-timeline.handler';
import { GetReturnRequestTimelineController } from './queries/get-return-request-timeline/get-return-request-timeline.http.controller';
import { ListReturnRequestsHandler } from './queries/list-return-requests/list-return-requests.handler';
import { ListReturnRequestsController } from './queries/list-return-requests/list-return-requests.http.controller';

/** WarehouseReturns's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const WAREHOUSE_RETURNS_USE_CASES = {
  controllers: [
    OpenReturnRequestController,
    AmendReturnLinesController,
    SignReturnStepController,
    RefuseReturnStepController,
    IssueTransportOrderController,
    RecordPickupController,
    RecordArrivalController,
    RecordCountController,
    ResolveSerialMismatchController,
    RecordOutcomeController,
    BookReturnController,
    SendReturnNoteController,
    GetCustomerRatioController,
    GetReturnRequestController,
    GetReturnRequestTimelineController,
    ListReturnRequestsController,
  ],
  handlers: [
    OpenReturnRequestHandler,
    AmendReturnLinesHandler,
    SignReturnStepHandler,
    RefuseReturnStepHandler,
    IssueTransportOrderHandler,
    RecordPickupHandler,
    RecordArrivalHandler,
    RecordCountHandler,
    ResolveSerialMismatchHandler,
    RecordOutcomeHandler,
    BookReturnHandler,
    SendReturnNoteHandler,
    GetCustomerRatioHandler,
    GetReturnRequestHandler,
    GetReturnRequestTimelineHandler,
    ListReturnRequestsHandler,
  ],
};
