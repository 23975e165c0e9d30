/**
 * Dispatch's published language (ARCHITECTURE.md "Events"): what other contexts need of its
 * work orders. schemaVersion 1 of each type; a published version never changes meaning
 * (optional fields consumers may ignore can be added; anything else is a new version, ADR 011).
 * Envelope fields (id, stream, tenantId, region, occurredAt, actor, correlationId, policyVersion)
 * travel on the envelope.
 */

export const DISPATCH_TOPIC = 'aftersales.dispatch.events';
/** Dispatch's streams: `dispatch.work-order-<workOrderId>` (the record's key on the topic). */
export const DISPATCH_WORK_ORDER_STREAM_PREFIX = 'dispatch.work-order-';
export const DISPATCH_STREAM_PREFIXES = [DISPATCH_WORK_ORDER_STREAM_PREFIX] as const;

export const DispatchIntegrationEventTypes = {
  WorkOrderOpened: 'dispatch.public.WorkOrderOpened',
} as const;

export type DispatchIntegrationEventType = (typeof DispatchIntegrationEventTypes)[keyof typeof DispatchIntegrationEventTypes];

/** A work order was opened; `dueAt` is when it must be resolved by. */
export interface WorkOrderOpenedV1 {
  readonly workOrderId: string;
  readonly customerId: string;
  readonly openedAt: string;
  readonly dueAt: string;
}

/** The data of each published type at v1, by type (the schemas beside them must cover every one). */
export interface DispatchIntegrationEventData {
  readonly 'dispatch.public.WorkOrderOpened': WorkOrderOpenedV1;
}
