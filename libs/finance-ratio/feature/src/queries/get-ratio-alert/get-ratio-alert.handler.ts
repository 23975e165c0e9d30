import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RATIO_ALERTS, RatioAlerts, RatioAlertView } from '../../use-case-kit';
import { GetRatioAlert } from './get-ratio-alert.query';

/** One ratio alert, folded from its own stream: reads its own writes, and is 404 for another tenant. */
@QueryHandler(GetRatioAlert)
export class GetRatioAlertHandler implements IQueryHandler<GetRatioAlert> {
  constructor(@Inject(RATIO_ALERTS) private readonly ratioAlerts: RatioAlerts) {}

  execute({ caller, id }: GetRatioAlert): Promise<RatioAlertView> {
    return this.ratioAlerts.get(caller.user.tenantId, id);
  }
}
