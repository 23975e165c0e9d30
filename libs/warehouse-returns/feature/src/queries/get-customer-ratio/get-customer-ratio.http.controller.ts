import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS } from '@aftersales/warehouse-returns-domain';
import { ApiError, ApiErrors, Caller, LIMITS, PARAMETER_ERRORS, Roles, VALIDATION_FAILED } from '@aftersales/platform';
import { READERS, RatioFigureResponse, ReturnRequestEndpoint } from '../../use-case-kit';
import { GetCustomerRatio } from './get-customer-ratio.query';

/** A customer id in the path: 1 to LIMITS.id visible characters (as finance's). */
const customerIdParam = {
  transform(value: string): string {
    if (typeof value !== 'string' || !/^[\x21-\x7e\u00a0-\uffff]+$/.test(value) || value.length > LIMITS.id) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'customerId', code: 'format', message: `customerId must be 1 to ${LIMITS.id} characters` }]);
    }
    return value;
  },
};

@ApiTags('returns')
@Controller('returns')
export class GetCustomerRatioController extends ReturnRequestEndpoint {
  @Get('customers/:customerId/ratio')
  @Roles(...READERS)
  @ApiOperation({ summary: 'WR-2: Finance\'s latest published figure for the customer (highest sequence), as the ratio check would record it now' })
  @ApiOkResponse({ type: RatioFigureResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [WAREHOUSE_RETURNS.CUSTOMER_RATIO_NOT_FOUND] })
  async ratio(@Caller() caller: Caller, @Param('customerId', customerIdParam) customerId: string): Promise<RatioFigureResponse> {
    return this.queries.execute(new GetCustomerRatio(caller, customerId));
  }
}
