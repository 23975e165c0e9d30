import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, OwnRecordsOnly, Roles } from '@aftersales/platform';
import { WorkOrderEndpoint, OUTLET_STAFF, READERS, WorkOrderPageResponse } from '../../use-case-kit';
import { ListWorkOrders } from './list-work-orders.query';
import { ListWorkOrdersQuery } from './list-work-orders.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class ListWorkOrdersController extends WorkOrderEndpoint {
  @Get()
  @Roles(...READERS)
  @OwnRecordsOnly(...OUTLET_STAFF)
  @ApiOperation({ summary: 'List work orders, newest first, with filters and paging' })
  @ApiOkResponse({ type: WorkOrderPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListWorkOrdersQuery): Promise<WorkOrderPageResponse> {
    return this.presenter.page(await this.queries.execute(new ListWorkOrders(caller, query)));
  }
}
