import { Decider, DomainError, DomainEvent, InvalidStateError, NotFoundError } from '@aftersales/eventsourcing';
import { DISPATCH } from './errors';
import { Qualification } from './technician';
import type { OutletFacts } from './work-order.decider';

/** A technician's stream (dispatch's own; nothing of it is published). */
export const DISPATCH_TECHNICIAN_STREAM_PREFIX = 'dispatch.technician-';
export const technicianStream = (technicianId: string): string => `${DISPATCH_TECHNICIAN_STREAM_PREFIX}${technicianId}`;

export type TechnicianRegistered = DomainEvent<
  'dispatch.TechnicianRegistered',
  {
    readonly technicianId: string;
    readonly name: string;
    readonly region: string;
    readonly employer: string | null;
    /** DI-2: the service outlet whose staff they are (absent from registrations before outlets had staff: none). */
    readonly outletId?: string | null;
    readonly registeredBy: string;
    readonly registeredAt: string;
  }
>;
export type QualificationAdded = DomainEvent<'dispatch.QualificationAdded', { readonly technicianId: string; readonly qualification: Qualification; readonly addedBy: string; readonly at: string }>;

/** DI-2: the technician moved to another outlet's staff (private: no other context consumes it yet). */
export type TechnicianOutletChanged = DomainEvent<
  'dispatch.TechnicianOutletChanged',
  {
    readonly technicianId: string;
    /** The outlet whose staff they were on (null: none). */
    readonly fromOutletId: string | null;
    readonly toOutletId: string;
    readonly reason: string;
    readonly changedBy: string;
    readonly changedAt: string;
  }
>;

export type TechnicianEvent = TechnicianRegistered | QualificationAdded | TechnicianOutletChanged;
export const TECHNICIAN_EVENT_TYPES: readonly TechnicianEvent['type'][] = ['dispatch.TechnicianRegistered', 'dispatch.QualificationAdded', 'dispatch.TechnicianOutletChanged'];

export type TechnicianCommand =
  | { readonly type: 'Register'; readonly technicianId: string; readonly name: string; readonly region: string; readonly employer: string | null; readonly outletId: string | null; readonly by: string; readonly now: Date }
  | { readonly type: 'AddQualification'; readonly technicianId: string; readonly qualification: Qualification; readonly by: string; readonly now: Date }
  /** DI-2: onto another outlet's staff; the outlet is read from its own stream by the handler (an unknown one is its 404). */
  | { readonly type: 'ChangeOutlet'; readonly technicianId: string; readonly outlet: Pick<OutletFacts, 'outletId' | 'region' | 'open'>; readonly reason: string; readonly by: string; readonly now: Date };

export type TechnicianState =
  | { readonly status: 'none' }
  | { readonly status: 'active'; readonly technicianId: string; readonly name: string; readonly region: string; readonly outletId: string | null; readonly qualifications: readonly Qualification[] };

// rule TR-2: technicians (ours and dealers') are registered with their product-line qualifications, each with an issue date and an expiry
// rule DI-2: a technician may be registered on a service outlet's staff, and moved to another open outlet of their region
export const technicianDecider: Decider<TechnicianCommand, TechnicianEvent, TechnicianState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state): TechnicianEvent[] {
    const at = command.now.toISOString();
    switch (command.type) {
      case 'Register':
        if (state.status !== 'none') throw new InvalidStateError(DISPATCH.TECHNICIAN_EXISTS, `technician ${command.technicianId} is registered already`, { technicianId: command.technicianId });
        return [
          {
            type: 'dispatch.TechnicianRegistered',
            data: { technicianId: command.technicianId, name: command.name, region: command.region, employer: command.employer, outletId: command.outletId, registeredBy: command.by, registeredAt: at },
          },
        ];
      case 'AddQualification': {
        if (state.status === 'none') throw new NotFoundError(DISPATCH.TECHNICIAN_NOT_FOUND, `technician ${command.technicianId} does not exist`, { technicianId: command.technicianId });
        const q = command.qualification;
        if (q.expiresOn < q.issuedOn) {
          throw new DomainError(DISPATCH.QUALIFICATION_DATES_INVALID, `the qualification expires (${q.expiresOn}) before it is issued (${q.issuedOn})`, { issuedOn: q.issuedOn, expiresOn: q.expiresOn });
        }
        return [{ type: 'dispatch.QualificationAdded', data: { technicianId: command.technicianId, qualification: q, addedBy: command.by, at } }];
      }
      case 'ChangeOutlet': {
        if (state.status === 'none') throw new NotFoundError(DISPATCH.TECHNICIAN_NOT_FOUND, `technician ${command.technicianId} does not exist`, { technicianId: command.technicianId });
        const { outlet } = command;
        if (!outlet.open) throw new InvalidStateError(DISPATCH.OUTLET_CLOSED, `outlet ${outlet.outletId} is closed`, { outletId: outlet.outletId, status: 'closed', command: 'change_outlet' });
        // An outlet serves its own region (its orders are of that region): a technician of another region is not put on its staff.
        if (outlet.region !== state.region) {
          throw new DomainError(DISPATCH.OUTLET_REGION_MISMATCH, `outlet ${outlet.outletId} serves ${outlet.region}, not technician ${command.technicianId}'s region ${state.region}`, {
            technicianId: command.technicianId,
            outletId: outlet.outletId,
            outletRegion: outlet.region,
            region: state.region,
          });
        }
        if (state.outletId === outlet.outletId) {
          throw new InvalidStateError(DISPATCH.TECHNICIAN_AT_OUTLET_ALREADY, `technician ${command.technicianId} is on outlet ${outlet.outletId}'s staff already`, { technicianId: command.technicianId, outletId: outlet.outletId });
        }
        return [
          {
            type: 'dispatch.TechnicianOutletChanged',
            data: { technicianId: command.technicianId, fromOutletId: state.outletId, toOutletId: outlet.outletId, reason: command.reason, changedBy: command.by, changedAt: at },
          },
        ];
      }
    }
  },

  evolve(state, event): TechnicianState {
    switch (event.type) {
      case 'dispatch.TechnicianRegistered':
        return { status: 'active', technicianId: event.data.technicianId, name: event.data.name, region: event.data.region, outletId: event.data.outletId ?? null, qualifications: [] };
      case 'dispatch.QualificationAdded':
        return state.status === 'none' ? state : { ...state, qualifications: [...state.qualifications, event.data.qualification] };
      case 'dispatch.TechnicianOutletChanged':
        return state.status === 'none' ? state : { ...state, outletId: event.data.toOutletId };
    }
  },
};
