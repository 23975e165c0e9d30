import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { ApiError, VALIDATION_FAILED, eventMetadata, idForCreate } from '@aftersales/platform';
import { DispatchContext, OUTLETS, OutletView, Outlets } from '../../use-case-kit';
import { RegisterOutlet } from './register-outlet.command';

/** DI-2: an outlet in a region the calendars know; a retry under the same Idempotency-Key finds the same outlet. */
@CommandHandler(RegisterOutlet)
export class RegisterOutletHandler implements ICommandHandler<RegisterOutlet> {
  constructor(
    @Inject(OUTLETS) private readonly outlets: Outlets,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly context: DispatchContext,
  ) {}

  async execute({ caller, request }: RegisterOutlet): Promise<OutletView> {
    if (!this.context.calendars.hasRegion(request.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [
        { field: 'region', code: 'unknown_region', message: `region must be one of ${this.context.calendars.regions().join(', ')}` },
      ]);
    }
    const outletId = idForCreate(caller, 'dispatch.outlet');
    const now = this.clock.now();
    const { view } = await this.outlets.execute({
      id: outletId,
      tenantId: caller.user.tenantId,
      command: {
        type: 'Register',
        outletId,
        details: { name: request.name, region: request.region, scopes: request.scopes, address: request.address, contactPhone: request.contactPhone, openingHours: request.openingHours ?? null },
        by: caller.user.id,
        now,
      },
      metadata: eventMetadata(caller, request.region),
      now,
    });
    return view as OutletView;
  }
}
