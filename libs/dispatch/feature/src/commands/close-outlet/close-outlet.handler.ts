import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { OutletCommand } from '@aftersales/dispatch-domain';
import { AggregateCommandHandler } from '@aftersales/platform';
import { OUTLETS, OutletView, Outlets } from '../../use-case-kit';
import { CloseOutlet } from './close-outlet.command';

/** DI-2: a closed outlet leaves the public list. */
@CommandHandler(CloseOutlet)
export class CloseOutletHandler extends AggregateCommandHandler<CloseOutlet, OutletCommand, OutletView> {
  constructor(
    @Inject(OUTLETS) protected readonly aggregate: Outlets,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    super();
  }

  decide({ caller, id, request }: CloseOutlet): OutletCommand {
    return { type: 'Close', outletId: id, reason: request.reason, by: caller.user.id, now: this.clock.now() };
  }
}
