import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, OwnRecordsOnly, Roles, uuidParam } from '@aftersales/platform';
import { WorkOrderEndpoint, NOT_FOUND, OUTLET_STAFF, READERS, WorkOrderResponseDto } from '../../use-case-kit';
import { GetWorkOrder } from './get-work-order.query';

@ApiTags('dispatch')
@Controller('work-orders')
export class GetWorkOrderController extends WorkOrderEndpoint {
  @Get(':id')
  @Roles(...READERS)
  @OwnRecordsOnly(...OUTLET_STAFF)
  @ApiOperation({ summary: 'One work order (read from its own stream: always current)' })
  @ApiOkResponse({ type: WorkOrderResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.queries.execute(new GetWorkOrder(caller, id)));
  }
}
