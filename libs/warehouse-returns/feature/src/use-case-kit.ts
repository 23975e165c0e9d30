/** What warehouse-returns's use cases share (one import for each use-case file): the aggregate, its view and answer, the HTTP conventions. */
export { RETURN_REQUESTS, ReturnFacts, ReturnRequestCommandHandler, ReturnRequestFactsHandler, actorOf } from './return-request.aggregate';
export type { ReturnRequests } from './return-request.aggregate';
export type { ReturnRequestView } from './return-request-view';
export { AFTER_SALES, IDEMPOTENCY_KEY, NOT_FOUND, PICKUP, READERS, RETURN_NOTE_SENDERS, ReturnRequestCommandRoute, ReturnRequestEndpoint, SIGNERS, WAREHOUSE } from './warehouse-returns.http';
export { RatioFigureResponse, ReturnRequestPageResponse, ReturnRequestResponseDto, ReturnRequestTimelineResponse } from './return-request.response.dto';
export { WAREHOUSE_RETURNS_POLICY } from './warehouse-returns-policy.provider';
