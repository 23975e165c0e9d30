import { Inject, Injectable } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { Aggregate, AggregateDefinition, CLOCK, Clock, NotFoundError } from '@aftersales/eventsourcing';
import { AggregateCommandHandler, AggregateCommandMessage, AuthUser, CALENDARS, LoadedPolicy, Role, actingRoleOf } from '@aftersales/platform';
import {
  Actor,
  DISPATCH,
  DISPATCH_OUTLET_STREAM_PREFIX,
  DISPATCH_TECHNICIAN_STREAM_PREFIX,
  OUTLET_EVENT_TYPES,
  OutletCommand,
  OutletEvent,
  OutletState,
  outletDecider,
  DISPATCH_WORK_ORDER_STREAM_PREFIX,
  DispatchPolicy,
  DispatchRole,
  TECHNICIAN_EVENT_TYPES,
  TechnicianCommand,
  TechnicianEvent,
  TechnicianState,
  WORK_ORDER_EVENT_TYPES,
  WorkOrderCommand,
  WorkOrderEvent,
  WorkOrderObligation,
  WorkOrderState,
  technicianDecider,
  workOrderDecider,
  workOrderObligationChanges,
} from '@aftersales/dispatch-domain';
import { WorkOrderView, applyToWorkOrderView } from './work-order-view';
import { TechnicianView, applyToTechnicianView } from './technician-view';
import { OutletView, applyToOutletView } from './outlet-view';
import { DISPATCH_POLICY } from './dispatch-policy.provider';
import { readsAsOutletStaff } from './outlet-staff';

export const WORK_ORDERS_COLLECTION = 'dispatch.work-orders';
export const TECHNICIANS_COLLECTION = 'dispatch.technicians';
export const OUTLETS_COLLECTION = 'dispatch.outlets';

/** Roles that read every work order of their tenant; a technician reads only the orders assigned to them, an outlet's staff those given to their outlet. */
export const READS_EVERY_WORK_ORDER: readonly Role[] = ['dispatcher', 'customer_service', 'qa', 'auditor', 'admin'];

export function readsEveryWorkOrder(user: AuthUser): boolean {
  return user.roles.some((r) => READS_EVERY_WORK_ORDER.includes(r));
}

export function workOrderNotFound(workOrderId: string): NotFoundError {
  return new NotFoundError(DISPATCH.WORK_ORDER_NOT_FOUND, `work order ${workOrderId} does not exist`, { workOrderId });
}

export function technicianNotFound(technicianId: string): NotFoundError {
  return new NotFoundError(DISPATCH.TECHNICIAN_NOT_FOUND, `technician ${technicianId} does not exist`, { technicianId });
}

/** The work order, declared once: the platform derives its write path, reads, list and deadlines. */
export const workOrderAggregate: AggregateDefinition<WorkOrderCommand, WorkOrderEvent, WorkOrderState, WorkOrderView, AuthUser> = {
  context: 'dispatch',
  streamPrefix: DISPATCH_WORK_ORDER_STREAM_PREFIX,
  eventTypes: WORK_ORDER_EVENT_TYPES,
  decider: workOrderDecider,
  notFound: workOrderNotFound,
  // A technician sees, and acts on, only the orders assigned to them; an outlet's staff (DI-2) those given to their outlet: another's is not found.
  mayRead: (user, view) => readsEveryWorkOrder(user) || (user.roles.includes('technician') && view.technicianId === user.id) || readsAsOutletStaff(user, view),
  obligations: {
    changes: workOrderObligationChanges,
    missed: (workOrderId, obligation, now) => ({ type: 'MarkDeadlineMissed', workOrderId, obligation: obligation as WorkOrderObligation, now }),
  },
  view: {
    collection: WORK_ORDERS_COLLECTION,
    // Bump the version when applyToWorkOrderView changes what it stores: the projection rebuilds.
    projection: { name: 'dispatch-work-orders', version: 4 },
    apply: applyToWorkOrderView,
    // Every filter and sort of the list is served by one of these, each leading with the tenant.
    indexes: [
      { fields: { tenantId: 1, createdAt: -1 } },
      { fields: { tenantId: 1, status: 1, createdAt: -1 } },
      { fields: { tenantId: 1, technicianId: 1, createdAt: -1 } },
      // DI-2: an outlet's staff list the orders given to their outlet.
      { fields: { tenantId: 1, 'outlet.outletId': 1, createdAt: -1 } },
      { fields: { tenantId: 1, 'source.caseId': 1 } },
      { fields: { tenantId: 1, openEquipmentReceipts: 1 } },
      // First-time fix: the earlier orders on one serial number.
      { fields: { tenantId: 1, 'product.serialNumber': 1, createdAt: -1 } },
      // The overdue filter (what is owed and past due, by the clock).
      { fields: { tenantId: 1, earliestOwedDueAt: 1 } },
    ],
  },
};

/** The technician (TR-2), declared once. */
export const technicianAggregate: AggregateDefinition<TechnicianCommand, TechnicianEvent, TechnicianState, TechnicianView> = {
  context: 'dispatch',
  streamPrefix: DISPATCH_TECHNICIAN_STREAM_PREFIX,
  eventTypes: TECHNICIAN_EVENT_TYPES,
  decider: technicianDecider,
  notFound: technicianNotFound,
  view: {
    collection: TECHNICIANS_COLLECTION,
    // Version 2: the tenant-prefixed product lines (the multikey index had no tenant).
    projection: { name: 'dispatch-technicians', version: 2 },
    apply: applyToTechnicianView,
    indexes: [{ fields: { tenantId: 1, name: 1 } }, { fields: { tenantId: 1, region: 1, name: 1 } }, { fields: { tenantId: 1, outletId: 1, name: 1 } }, { fields: { tenantProductLines: 1 }, multikey: true }],
  },
};

export function outletNotFound(outletId: string): NotFoundError {
  return new NotFoundError(DISPATCH.OUTLET_NOT_FOUND, `outlet ${outletId} does not exist`, { outletId });
}

/** The outlet (DI-2), declared once. */
export const outletAggregate: AggregateDefinition<OutletCommand, OutletEvent, OutletState, OutletView> = {
  context: 'dispatch',
  streamPrefix: DISPATCH_OUTLET_STREAM_PREFIX,
  eventTypes: OUTLET_EVENT_TYPES,
  decider: outletDecider,
  notFound: outletNotFound,
  view: {
    collection: OUTLETS_COLLECTION,
    projection: { name: 'dispatch-outlets', version: 1 },
    apply: applyToOutletView,
    indexes: [{ fields: { tenantId: 1, name: 1 } }, { fields: { tenantId: 1, status: 1, region: 1, name: 1 } }],
  },
};

/** The provider tokens of the aggregates (platform provideAggregate). */
export const WORK_ORDERS = Symbol('dispatch.WorkOrders');
export const TECHNICIANS = Symbol('dispatch.Technicians');
export const OUTLETS = Symbol('dispatch.Outlets');

export type WorkOrders = Aggregate<WorkOrderCommand, WorkOrderEvent, WorkOrderState, WorkOrderView, AuthUser>;
export type Technicians = Aggregate<TechnicianCommand, TechnicianEvent, TechnicianState, TechnicianView>;
export type Outlets = Aggregate<OutletCommand, OutletEvent, OutletState, OutletView>;

/** The actor of a command: the caller in the role the endpoint let them act in. */
export function actorOf(user: AuthUser): Actor {
  return { id: user.id, role: actingRoleOf(user) as DispatchRole };
}

/** What dispatch's decisions need besides the aggregate: the policy in force and the region calendars. */
@Injectable()
export class DispatchContext {
  constructor(
    @Inject(DISPATCH_POLICY) readonly loaded: LoadedPolicy<DispatchPolicy>,
    @Inject(CALENDARS) readonly calendars: CalendarRegistry,
  ) {}

  get policy(): DispatchPolicy {
    return this.loaded.policy;
  }
}

/** Every lifecycle command's handler: says how its request becomes the work order command (platform AggregateCommandHandler). */
export abstract class WorkOrderCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, WorkOrderCommand, WorkOrderView> {
  constructor(
    @Inject(WORK_ORDERS) protected readonly aggregate: WorkOrders,
    @Inject(CLOCK) protected readonly clock: Clock,
    protected readonly context: DispatchContext,
  ) {
    super();
  }
}

/** Every command on a technician. */
export abstract class TechnicianCommandHandler<TMessage extends AggregateCommandMessage> extends AggregateCommandHandler<TMessage, TechnicianCommand, TechnicianView> {
  constructor(
    @Inject(TECHNICIANS) protected readonly aggregate: Technicians,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }
}
