import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { TravelWorkOrder } from './travel-work-order.command';
import { TravelWorkOrderDto } from './travel-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class TravelWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('travel', 'DI-4: Set out for the site (the assigned technician)', TECHNICIANS_ROLE, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async travelWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: TravelWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new TravelWorkOrder(caller, id, body)));
  }
}
