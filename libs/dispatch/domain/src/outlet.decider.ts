import { Decider, DomainEvent, InvalidStateError, NotFoundError } from '@aftersales/eventsourcing';
import { DISPATCH } from './errors';

/** An outlet's stream (dispatch's own; what customers see of it is the public list). */
export const DISPATCH_OUTLET_STREAM_PREFIX = 'dispatch.outlet-';

/** What an outlet may take on (DI-2). */
export const OUTLET_SCOPES = ['minor_repair', 'routine_maintenance', 'spare_parts'] as const;
export type OutletScope = (typeof OUTLET_SCOPES)[number];

export interface OutletDetails {
  readonly name: string;
  readonly region: string;
  readonly scopes: readonly OutletScope[];
  readonly address: string;
  /** The contact published to customers. */
  readonly contactPhone: string;
  readonly openingHours: string | null;
}

export type OutletRegistered = DomainEvent<'dispatch.OutletRegistered', OutletDetails & { readonly outletId: string; readonly registeredBy: string; readonly registeredAt: string }>;
export type OutletClosed = DomainEvent<'dispatch.OutletClosed', { readonly outletId: string; readonly reason: string; readonly closedBy: string; readonly closedAt: string }>;
export type OutletEvent = OutletRegistered | OutletClosed;
export const OUTLET_EVENT_TYPES: readonly OutletEvent['type'][] = ['dispatch.OutletRegistered', 'dispatch.OutletClosed'];

export type OutletCommand =
  | { readonly type: 'Register'; readonly outletId: string; readonly details: OutletDetails; readonly by: string; readonly now: Date }
  | { readonly type: 'Close'; readonly outletId: string; readonly reason: string; readonly by: string; readonly now: Date };

export type OutletState = { readonly status: 'none' } | { readonly status: 'open' | 'closed'; readonly outletId: string; readonly details: OutletDetails };

// rule DI-2: outlets are registered with region, scope, address and the contact published to customers; a closed one leaves the public list
export const outletDecider: Decider<OutletCommand, OutletEvent, OutletState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): OutletEvent[] {
    const at = command.now.toISOString();
    switch (command.type) {
      case 'Register':
        if (state.status !== 'none') throw new InvalidStateError(DISPATCH.OUTLET_EXISTS, `outlet ${command.outletId} exists already`, { outletId: command.outletId });
        return [{ type: 'dispatch.OutletRegistered', data: { outletId: command.outletId, ...command.details, scopes: [...new Set(command.details.scopes)], registeredBy: command.by, registeredAt: at } }];
      case 'Close':
        if (state.status === 'none') throw new NotFoundError(DISPATCH.OUTLET_NOT_FOUND, `outlet ${command.outletId} does not exist`, { outletId: command.outletId });
        if (state.status === 'closed') throw new InvalidStateError(DISPATCH.OUTLET_CLOSED, `outlet ${command.outletId} is closed`, { outletId: command.outletId, status: 'closed', command: 'close' });
        return [{ type: 'dispatch.OutletClosed', data: { outletId: command.outletId, reason: command.reason, closedBy: command.by, closedAt: at } }];
    }
  },

  evolve(state, event): OutletState {
    switch (event.type) {
      case 'dispatch.OutletRegistered': {
        const { outletId, registeredBy: _by, registeredAt: _at, ...details } = event.data;
        return { status: 'open', outletId, details };
      }
      case 'dispatch.OutletClosed':
        return state.status === 'none' ? state : { ...state, status: 'closed' };
    }
  },
};
