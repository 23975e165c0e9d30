/** What dispatch's use cases share (one import for each use-case file): the aggregate, its view and answer, the HTTP conventions. */
export { WORK_ORDERS, WorkOrderCommandHandler } from './work-order.aggregate';
export type { WorkOrders } from './work-order.aggregate';
export type { WorkOrderView } from './work-order-view';
export { WorkOrderCommandRoute, WorkOrderEndpoint, HANDLERS, IDEMPOTENCY_KEY, NOT_FOUND, READERS } from './dispatch.http';
export { WorkOrderPageResponse, WorkOrderResponseDto, WorkOrderTimelineResponse } from './work-order.response.dto';
