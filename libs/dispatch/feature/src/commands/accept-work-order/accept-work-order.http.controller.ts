import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { AcceptWorkOrder } from './accept-work-order.command';
import { AcceptWorkOrderDto } from './accept-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class AcceptWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('accept', 'DI-4: Accept the assignment (the assigned technician)', TECHNICIANS_ROLE, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async acceptWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: AcceptWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new AcceptWorkOrder(caller, id, body)));
  }
}
