import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { Page, allOf, readPage } from '@aftersales/platform';
import { TECHNICIANS, Technicians, TechnicianView, tenantProductLine } from '../../use-case-kit';
import { actsAsOutletStaff, outletStaffTechnicians } from '../../outlet-staff';
import { ListTechnicians } from './list-technicians.query';

/** The technicians of the caller's tenant by name, filtered by region or product line. */
@QueryHandler(ListTechnicians)
export class ListTechniciansHandler implements IQueryHandler<ListTechnicians> {
  constructor(@Inject(TECHNICIANS) private readonly technicians: Technicians) {}

  execute({ caller, request }: ListTechnicians): Promise<Page<TechnicianView>> {
    const conditions: DocumentFilter[] = [];
    if (request.region) conditions.push({ region: request.region });
    if (request.productLine) conditions.push({ tenantProductLines: tenantProductLine(caller.user.tenantId, request.productLine) });
    if (actsAsOutletStaff(caller.user)) conditions.push(outletStaffTechnicians(caller.user));
    const reader = new TenantScopedReader(this.technicians.collection(), caller.user.tenantId);
    return readPage(reader, allOf(conditions), { name: 1, _id: 1 }, request);
  }
}
