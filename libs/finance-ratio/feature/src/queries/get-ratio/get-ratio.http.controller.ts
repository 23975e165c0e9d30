import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { CUSTOMER_NOT_FOUND, FinanceEndpoint, READERS, RatioResponse } from '../../use-case-kit';
import { customerIdParam } from '../../finance-ratio.params';
import { GetRatio } from './get-ratio.query';

@ApiTags('finance')
@Controller('finance/ratios')
export class GetRatioController extends FinanceEndpoint {
  @Get(':customerId')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'GetRatio', summary: 'A customer\'s exchange/return ratio now (FR-1): numerator and denominator with their documents, the limit and the policy version' })
  @ApiOkResponse({ type: RatioResponse })
  @ApiErrors(PARAMETER_ERRORS, CUSTOMER_NOT_FOUND)
  async get(@Caller() caller: Caller, @Param('customerId', customerIdParam) customerId: string): Promise<RatioResponse> {
    return this.queries.execute(new GetRatio(caller, customerId));
  }
}
