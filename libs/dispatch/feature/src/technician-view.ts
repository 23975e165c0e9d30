import { EventEnvelope, TenantDocument, toDomainEvent } from '@aftersales/eventsourcing';
import { Qualification, TechnicianEvent } from '@aftersales/dispatch-domain';

/** A technician as the API shows it (TR-2): the list's read model and GET /technicians/{id}. */
export interface TechnicianView extends TenantDocument {
  readonly _id: string;
  readonly technicianId: string;
  readonly name: string;
  readonly region: string;
  readonly employer: string | null;
  /** DI-2: the service outlet whose staff they are. */
  readonly outletId: string | null;
  readonly qualifications: readonly Qualification[];
  readonly productLines: readonly string[];
  /** The product lines again, each prefixed with the tenant (`tenantProductLine`): what the multikey index holds, so a lookup by line stays within one tenant. */
  readonly tenantProductLines: readonly string[];
  readonly registeredAt: string;
  readonly updatedAt: string;
  readonly revision: string;
}

/** A product line within one tenant, as the technicians' multikey index holds it (a GIN index takes one array field, no tenant column). */
export function tenantProductLine(tenantId: string, productLine: string): string {
  return `${tenantId}/${productLine}`;
}

export function applyToTechnicianView(view: TechnicianView | null, envelope: EventEnvelope): TechnicianView | null {
  const event = toDomainEvent<TechnicianEvent>(envelope);
  const stamp = { updatedAt: envelope.occurredAt, revision: envelope.revision.toString() };
  switch (event.type) {
    case 'dispatch.TechnicianRegistered': {
      const d = event.data;
      return { _id: d.technicianId, tenantId: envelope.tenantId, technicianId: d.technicianId, name: d.name, region: d.region, employer: d.employer, outletId: d.outletId ?? null, qualifications: [], productLines: [], tenantProductLines: [], registeredAt: d.registeredAt, ...stamp };
    }
    case 'dispatch.QualificationAdded': {
      if (view === null) return null;
      const qualifications = [...view.qualifications, event.data.qualification];
      const productLines = [...new Set(qualifications.map((q) => q.productLine))];
      return { ...view, qualifications, productLines, tenantProductLines: productLines.map((line) => tenantProductLine(view.tenantId, line)), ...stamp };
    }
    case 'dispatch.TechnicianOutletChanged':
      // DI-2: the suggestions and the list show the outlet they are on now.
      return view === null ? null : { ...view, outletId: event.data.toOutletId, ...stamp };
  }
}
