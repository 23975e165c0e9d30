import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { ALERT_HANDLERS, AlertResponse, FinanceEndpoint, IDEMPOTENCY_KEY } from '../../use-case-kit';
import { presentAlert } from '../../presentation';
import { AcknowledgeAlert } from './acknowledge-alert.command';
import { AcknowledgeAlertDto } from './acknowledge-alert.request.dto';

@ApiTags('finance')
@Controller('finance/alerts')
export class AcknowledgeAlertController extends FinanceEndpoint {
  @Post(':alertId/acknowledge')
  @HttpCode(200)
  @Roles(...ALERT_HANDLERS)
  @ApiOperation({ operationId: 'AcknowledgeAlert', summary: 'Acknowledge a ratio alert with a comment (FR-2), once' })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: AlertResponse, description: 'The alert with its acknowledgement' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, { 404: [FINANCE_RATIO.ALERT_NOT_FOUND], 409: [FINANCE_RATIO.ALERT_ALREADY_ACKNOWLEDGED] }, CONCURRENCY_ERRORS)
  async acknowledge(@Caller() caller: Caller, @Param('alertId', uuidParam('alertId')) alertId: string, @Body() body: AcknowledgeAlertDto): Promise<AlertResponse> {
    return presentAlert(await this.commands.execute(new AcknowledgeAlert(caller, alertId, body)));
  }
}
