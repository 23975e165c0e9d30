import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { ApiError, VALIDATION_FAILED, eventMetadata } from '@aftersales/platform';
import { DispatchContext, OUTLETS, Outlets, TECHNICIANS, Technicians, TechnicianView } from '../../use-case-kit';
import { RegisterTechnician } from './register-technician.command';

/**
 * TR-2: a technician (ours or a dealer's), under their user id; a second registration of the id is a
 * 409. DI-2: on an outlet's staff when `outletId` names one of the tenant's outlets (else 404).
 */
@CommandHandler(RegisterTechnician)
export class RegisterTechnicianHandler implements ICommandHandler<RegisterTechnician> {
  constructor(
    @Inject(TECHNICIANS) private readonly technicians: Technicians,
    @Inject(OUTLETS) private readonly outlets: Outlets,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly context: DispatchContext,
  ) {}

  async execute({ caller, request }: RegisterTechnician): Promise<TechnicianView> {
    if (!this.context.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.context.calendars.regions().join(', ')}` },
      ]);
    }
    // The outlet is read from its own stream: an unknown one is DISPATCH.OUTLET_NOT_FOUND, nothing recorded.
    const outletId = request.outletId === undefined ? null : (await this.outlets.get(caller.user.tenantId, request.outletId.toLowerCase())).outletId;
    const now = this.clock.now();
    const { view } = await this.technicians.execute({
      id: request.technicianId,
      tenantId: caller.user.tenantId,
      command: { type: 'Register', technicianId: request.technicianId, name: request.name, region: request.region, employer: request.employer ?? null, outletId, by: caller.user.id, now },
      metadata: eventMetadata(caller, request.region),
      now,
    });
    return view as TechnicianView;
  }
}
