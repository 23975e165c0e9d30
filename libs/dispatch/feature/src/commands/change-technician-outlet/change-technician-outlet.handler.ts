import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { executeFor } from '@aftersales/platform';
import { OUTLETS, Outlets, TECHNICIANS, Technicians, TechnicianView } from '../../use-case-kit';
import { ChangeTechnicianOutlet } from './change-technician-outlet.command';

/**
 * DI-2: moves a technician onto another outlet's staff. The outlet is read from its own stream (an
 * unknown one is DISPATCH.OUTLET_NOT_FOUND, 404); the technician's decider refuses a closed one, one
 * of another region and the outlet they are on already; nothing is recorded then. Orders assigned
 * to them stay theirs; from now on only orders given to the new outlet may be assigned to them.
 */
@CommandHandler(ChangeTechnicianOutlet)
export class ChangeTechnicianOutletHandler implements ICommandHandler<ChangeTechnicianOutlet> {
  constructor(
    @Inject(TECHNICIANS) private readonly technicians: Technicians,
    @Inject(OUTLETS) private readonly outlets: Outlets,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller, id, request }: ChangeTechnicianOutlet): Promise<TechnicianView> {
    const outlet = await this.outlets.get(caller.user.tenantId, request.outletId.toLowerCase());
    const now = this.clock.now();
    return executeFor(
      this.technicians,
      caller,
      id,
      { type: 'ChangeOutlet', technicianId: id, outlet: { outletId: outlet.outletId, region: outlet.region, open: outlet.status === 'open' }, reason: request.reason, by: caller.user.id, now },
      now,
    );
  }
}
