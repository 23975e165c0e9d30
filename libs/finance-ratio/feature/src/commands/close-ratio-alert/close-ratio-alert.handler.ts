import { CommandHandler } from '@nestjs/cqrs';
import { RatioAlertCommand } from '@aftersales/finance-ratio-domain';
import { RatioAlertCommandHandler } from '../../use-case-kit';
import { CloseRatioAlert } from './close-ratio-alert.command';

/** Closing resolves the ratio alert: on time, or late when its due time has passed. */
@CommandHandler(CloseRatioAlert)
export class CloseRatioAlertHandler extends RatioAlertCommandHandler<CloseRatioAlert> {
  decide({ id, request }: CloseRatioAlert): RatioAlertCommand {
    return { type: 'Close', ratioAlertId: id, resolution: request.resolution, now: this.clock.now() };
  }
}
