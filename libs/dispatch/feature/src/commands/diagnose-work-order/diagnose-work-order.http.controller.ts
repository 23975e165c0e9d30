import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { DiagnoseWorkOrder } from './diagnose-work-order.command';
import { DiagnoseWorkOrderDto } from './diagnose-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class DiagnoseWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('diagnose', 'DI-4: Record the diagnosis (the assigned technician)', TECHNICIANS_ROLE, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async diagnoseWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: DiagnoseWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new DiagnoseWorkOrder(caller, id, body)));
  }
}
