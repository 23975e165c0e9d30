import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CONCURRENCY_ERRORS, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { CUSTOMER_NOT_FOUND, FinanceEndpoint, PURCHASE_WRITERS } from '../../use-case-kit';
import { customerIdParam } from '../../finance-ratio.params';
import { ReevaluateRatio } from './reevaluate-ratio.command';

@ApiTags('finance')
@Controller('finance/ratios')
export class ReevaluateRatioController extends FinanceEndpoint {
  @Post(':customerId/reevaluate')
  @HttpCode(204)
  @Roles(...PURCHASE_WRITERS)
  @ApiOperation({ operationId: 'ReevaluateRatio', summary: 'Evaluate a customer\'s ratio again now (the period moved on, or the policy changed); publishes a snapshot and raises or clears the alert when that changed anything' })
  @ApiNoContentResponse({ description: 'Evaluated (and recorded when anything changed)' })
  @ApiErrors(PARAMETER_ERRORS, CUSTOMER_NOT_FOUND, CONCURRENCY_ERRORS)
  async reevaluate(@Caller() caller: Caller, @Param('customerId', customerIdParam) customerId: string): Promise<void> {
    await this.commands.execute(new ReevaluateRatio(caller, customerId));
  }
}
