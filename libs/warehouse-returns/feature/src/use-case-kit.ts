/** What warehouse-returns's use cases share (one import for each use-case file): the aggregate, its view and answer, the HTTP conventions. */
export { RETURN_REQUESTS, ReturnRequestCommandHandler } from './return-request.aggregate';
export type { ReturnRequests } from './return-request.aggregate';
export type { ReturnRequestView } from './return-request-view';
export { ReturnRequestCommandRoute, ReturnRequestEndpoint, HANDLERS, IDEMPOTENCY_KEY, NOT_FOUND, READERS } from './warehouse-returns.http';
export { ReturnRequestPageResponse, ReturnRequestResponseDto, ReturnRequestTimelineResponse } from './return-request.response.dto';
