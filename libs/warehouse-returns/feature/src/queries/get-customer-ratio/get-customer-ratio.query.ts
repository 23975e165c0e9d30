import { Query } from '@nestjs/cqrs';
import { Caller } from '@aftersales/platform';
import { RatioFigure } from '@aftersales/warehouse-returns-domain';

export class GetCustomerRatio extends Query<RatioFigure> {
  constructor(
    readonly caller: Caller,
    readonly customerId: string,
  ) {
    super();
  }
}
