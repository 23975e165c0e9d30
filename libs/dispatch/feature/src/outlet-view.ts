import { EventEnvelope, TenantDocument, toDomainEvent } from '@aftersales/eventsourcing';
import { OutletEvent, OutletFacts, OutletScope } from '@aftersales/dispatch-domain';

/** An outlet as the API shows it (DI-2); customers see only the public fields of the open ones. */
export interface OutletView extends TenantDocument {
  readonly _id: string;
  readonly outletId: string;
  readonly status: 'open' | 'closed';
  readonly name: string;
  readonly region: string;
  readonly scopes: readonly OutletScope[];
  readonly address: string;
  readonly contactPhone: string;
  readonly openingHours: string | null;
  readonly registeredAt: string;
  readonly updatedAt: string;
  readonly revision: string;
}

export function applyToOutletView(view: OutletView | null, envelope: EventEnvelope): OutletView | null {
  const event = toDomainEvent<OutletEvent>(envelope);
  const stamp = { updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  switch (event.type) {
    case 'dispatch.OutletRegistered': {
      const d = event.data;
      return {
        _id: d.outletId,
        tenantId: envelope.tenantId,
        outletId: d.outletId,
        status: 'open',
        name: d.name,
        region: d.region,
        scopes: d.scopes,
        address: d.address,
        contactPhone: d.contactPhone,
        openingHours: d.openingHours,
        registeredAt: d.registeredAt,
        ...stamp,
      };
    }
    case 'dispatch.OutletClosed':
      return view === null ? null : { ...view, status: 'closed', ...stamp };
  }
}

/** The outlet as the work order's decider sees it (DI-2). */
export function outletFacts(view: OutletView): OutletFacts {
  return { outletId: view.outletId, name: view.name, region: view.region, scopes: view.scopes, open: view.status === 'open' };
}
