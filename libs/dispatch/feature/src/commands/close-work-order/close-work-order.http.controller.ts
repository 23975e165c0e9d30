import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { WorkOrderCommandRoute, WorkOrderEndpoint, HANDLERS, WorkOrderResponseDto } from '../../use-case-kit';
import { CloseWorkOrder } from './close-work-order.command';
import { CloseWorkOrderDto } from './close-work-order.request.dto';

@ApiTags('dispatch')
@Controller('dispatch/work-orders')
export class CloseWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('close', 'Close a work order with its resolution', HANDLERS)
  async close(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CloseWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new CloseWorkOrder(caller, id, body)));
  }
}
