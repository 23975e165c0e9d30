import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { RatioAlertEndpoint, READERS, RatioAlertPageResponse } from '../../use-case-kit';
import { ListRatioAlerts } from './list-ratio-alerts.query';
import { ListRatioAlertsQuery } from './list-ratio-alerts.request.dto';

@ApiTags('finance-ratio')
@Controller('finance-ratio/ratio-alerts')
export class ListRatioAlertsController extends RatioAlertEndpoint {
  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List ratio alerts, newest first, with filters and paging' })
  @ApiOkResponse({ type: RatioAlertPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListRatioAlertsQuery): Promise<RatioAlertPageResponse> {
    return this.presenter.page(await this.queries.execute(new ListRatioAlerts(caller, query)));
  }
}
