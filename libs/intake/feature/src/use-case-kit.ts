/** What intake's use cases share (one import for each use-case file): the aggregate, its view and answer, the HTTP conventions. */
export { COMPLAINTS, ComplaintCommandHandler, PolicyContexts } from './complaint.aggregate';
export type { Complaints } from './complaint.aggregate';
export type { ComplaintView } from './complaint-view';
export { ACCEPT_LANGUAGE, ComplaintCommandRoute, ComplaintEndpoint, FRONT_DESK, IDEMPOTENCY_KEY, NOT_FOUND, READERS, SUPERVISORS } from './complaint.http';
export { ComplaintPageResponse, ComplaintResponseDto, ComplaintTimelineResponse } from './complaint.response.dto';
