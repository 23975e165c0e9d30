import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { AlertPageResponse, FinanceEndpoint, READERS } from '../../use-case-kit';
import { presentAlert } from '../../presentation';
import { ListAlerts } from './list-alerts.query';
import { ListAlertsQuery } from './list-alerts.request.dto';

@ApiTags('finance')
@Controller('finance/alerts')
export class ListAlertsController extends FinanceEndpoint {
  @Get()
  @Roles(...READERS)
  @ApiOperation({ operationId: 'ListAlerts', summary: 'Ratio alerts (FR-2), newest first: one per crossing of a customer\'s limit, open or cleared, with their acknowledgement' })
  @ApiOkResponse({ type: AlertPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListAlertsQuery): Promise<AlertPageResponse> {
    const page = await this.queries.execute(new ListAlerts(caller, query));
    return { ...page, items: page.items.map(presentAlert) };
  }
}
