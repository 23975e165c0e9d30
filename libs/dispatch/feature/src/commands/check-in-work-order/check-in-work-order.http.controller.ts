import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { CheckInWorkOrder } from './check-in-work-order.command';
import { CheckInWorkOrderDto } from './check-in-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class CheckInWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('check-in', 'DI-3: Check in on site with the time and the reported location (the assigned technician)', TECHNICIANS_ROLE, { 422: [DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async checkInWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CheckInWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new CheckInWorkOrder(caller, id, body)));
  }
}
