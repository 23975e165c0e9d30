import { Query } from '@nestjs/cqrs';
import { Caller } from '@aftersales/platform';
import { RatioResponse } from '../../finance-ratio.response.dto';

/** One customer's ratio by the sales system's customer id. */
export class GetRatio extends Query<RatioResponse> {
  constructor(
    readonly caller: Caller,
    readonly customerId: string,
  ) {
    super();
  }
}
