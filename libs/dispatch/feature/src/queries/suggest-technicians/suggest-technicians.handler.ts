import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, Clock, TenantScopedReader, earliestDue } from '@aftersales/eventsourcing';
import { Candidate, WorkOrderStatus, rankCandidates } from '@aftersales/dispatch-domain';
import { TECHNICIANS, Technicians, WORK_ORDERS, WorkOrders, tenantProductLine } from '../../use-case-kit';
import { allOf } from '@aftersales/platform';
import { actsAsOutletStaff, outletStaffTechnicians } from '../../outlet-staff';
import { SuggestTechnicians } from './suggest-technicians.query';
import { SuggestionsResponse } from './suggest-technicians.response.dto';

/** The statuses of an order a technician is still busy with. */
const OPEN: readonly WorkOrderStatus[] = ['assigned', 'accepted', 'travelling', 'on_site', 'diagnosed', 'repaired', 'self_checked', 'lead_checked', 'qc_passed'];
/** At most this many technicians of the product line are weighed. */
const MAX_CANDIDATES = 100;

/**
 * TR-2: the technicians who hold (or held) a qualification for the order's product line, ranked by
 * a qualification in force on the planned date, the order's region, their open orders and the time
 * left to their earliest commitment, each with why (rankCandidates in the domain). DI-2: for an
 * order given to an outlet, that outlet's staff first.
 */
@QueryHandler(SuggestTechnicians)
export class SuggestTechniciansHandler implements IQueryHandler<SuggestTechnicians> {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(TECHNICIANS) private readonly technicians: Technicians,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller, request }: SuggestTechnicians): Promise<SuggestionsResponse> {
    const tenantId = caller.user.tenantId;
    const order = await this.workOrders.get(tenantId, request.workOrderId.toLowerCase(), caller.user);
    // An outlet's staff reach only their outlet's orders (404 otherwise, above) and choose among its technicians.
    const productLine = { tenantProductLines: tenantProductLine(tenantId, order.product.productLine) };
    const filter = actsAsOutletStaff(caller.user) ? allOf([productLine, outletStaffTechnicians(caller.user)]) : productLine;
    const technicians = await new TenantScopedReader(this.technicians.collection(), tenantId).find(filter, { sort: { name: 1 }, limit: MAX_CANDIDATES });
    const orders = new TenantScopedReader(this.workOrders.collection(), tenantId);
    const candidates: Candidate[] = await Promise.all(
      technicians.map(async (t) => {
        const open = await orders.find({ technicianId: t.technicianId, status: { $in: [...OPEN] } }, { sort: { createdAt: -1 }, limit: 500 });
        return {
          technicianId: t.technicianId,
          name: t.name,
          region: t.region,
          outletId: t.outletId ?? null,
          qualifications: t.qualifications,
          openOrders: open.filter((o) => o.workOrderId !== order.workOrderId).length,
          earliestDueAt: earliestDue(open.flatMap((o) => (o.earliestOwedDueAt ? [o.earliestOwedDueAt] : []))),
        };
      }),
    );
    return {
      workOrderId: order.workOrderId,
      productLine: order.product.productLine,
      region: order.region,
      plannedOn: request.plannedOn,
      candidates: rankCandidates({ productLine: order.product.productLine, region: order.region, outlet: order.outlet }, request.plannedOn, candidates, this.clock.now()),
    };
  }
}
