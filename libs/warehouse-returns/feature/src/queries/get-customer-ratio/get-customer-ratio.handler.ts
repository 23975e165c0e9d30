import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@aftersales/eventsourcing';
import { RatioFigure, WAREHOUSE_RETURNS } from '@aftersales/warehouse-returns-domain';
import { ReturnFacts } from '../../use-case-kit';
import { GetCustomerRatio } from './get-customer-ratio.query';

/** WR-2: finance's latest figure for the customer as warehouse-returns holds it: what the ratio check would record now. */
@QueryHandler(GetCustomerRatio)
export class GetCustomerRatioHandler implements IQueryHandler<GetCustomerRatio> {
  constructor(private readonly facts: ReturnFacts) {}

  async execute({ caller, customerId }: GetCustomerRatio): Promise<RatioFigure> {
    const figure = await this.facts.ratioFor(caller.user.tenantId, customerId);
    if (!figure) throw new NotFoundError(WAREHOUSE_RETURNS.CUSTOMER_RATIO_NOT_FOUND, `no figure of finance's for customer ${customerId} yet`, { customerId });
    return figure;
  }
}
