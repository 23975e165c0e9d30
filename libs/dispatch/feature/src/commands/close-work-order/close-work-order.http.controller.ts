import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, NoBodyPipe, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { CloseWorkOrder } from './close-work-order.command';

@ApiTags('dispatch')
@Controller('work-orders')
export class CloseWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('close', 'DI-4, DI-7: Close a settled order with its report and no unapproved parts variance', DISPATCHERS, { 409: [DISPATCH.REPORT_REQUIRED, DISPATCH.PARTS_VARIANCE_UNAPPROVED] })
  async closeWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body(NoBodyPipe) _body: unknown): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new CloseWorkOrder(caller, id, undefined)));
  }
}
