import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { RatioAlertEndpoint, HANDLERS, IDEMPOTENCY_KEY, RatioAlertResponseDto } from '../../use-case-kit';
import { OpenRatioAlert } from './open-ratio-alert.command';
import { OpenRatioAlertDto } from './open-ratio-alert.request.dto';

@ApiTags('finance-ratio')
@Controller('finance-ratio/ratio-alerts')
export class OpenRatioAlertController extends RatioAlertEndpoint {
  @Post()
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Open a ratio alert; it owes its resolution by a due time its region\'s calendar counts' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: OpenRatioAlertDto })
  @ApiCreatedResponse({ type: RatioAlertResponseDto, description: 'Opened; the body is the ratio alert with its deadlines' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [FINANCE_RATIO.RATIO_ALERT_EXISTS] }, CONCURRENCY_ERRORS)
  async open(@Caller() caller: Caller, @Body() body: OpenRatioAlertDto, @Created() created: CreatedResource): Promise<RatioAlertResponseDto> {
    const { view, replayed } = await this.commands.execute(new OpenRatioAlert(caller, body));
    created.at(view.ratioAlertId);
    if (replayed) created.replayed();
    return this.presenter.one(view);
  }
}
