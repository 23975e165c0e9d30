/** What dispatch's use cases share (one import for each use-case file): the aggregates, their views and answers, the HTTP conventions. */
export { WORK_ORDERS, TECHNICIANS, OUTLETS, DispatchContext, TechnicianCommandHandler, WorkOrderCommandHandler, actorOf, readsEveryWorkOrder, technicianNotFound } from './work-order.aggregate';
export type { Outlets, Technicians, WorkOrders } from './work-order.aggregate';
export type { OutletView } from './outlet-view';
export { actsAsOutletStaff, assertOwnCounter, outletStaffOrders, staffOutletOf } from './outlet-staff';
export { outletFacts } from './outlet-view';
export type { WorkOrderView } from './work-order-view';
export type { TechnicianView } from './technician-view';
export { tenantProductLine } from './technician-view';
export {
  WorkOrderCommandRoute,
  WorkOrderEndpoint,
  DISPATCHERS,
  COUNTER,
  ASSIGNERS,
  OUTLET_STAFF,
  FOLLOW_UP_CALLERS,
  IDEMPOTENCY_KEY,
  NOT_FOUND,
  ON_SITE,
  QUALITY,
  READERS,
  TECHNICIAN_ADMINS,
  TECHNICIAN_READERS,
  TECHNICIAN_LISTERS,
  TECHNICIANS_ROLE,
} from './dispatch.http';
export { OutletPageResponse, OutletResponseDto, PublicOutletPageResponse } from './outlet.response.dto';
export {
  TechnicianPageResponse,
  TechnicianResponseDto,
  WorkOrderPageResponse,
  WorkOrderResponseDto,
  WorkOrderTimelineResponse,
} from './work-order.response.dto';
export { externalIdParam } from './external-id-param';
