import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RepairWorkOrder } from './repair-work-order.command';
import { RepairWorkOrderDto } from './repair-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RepairWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('repair', 'DI-4: Record the repair (the assigned technician); refused while extra work awaits consent', TECHNICIANS_ROLE, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async repairWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RepairWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RepairWorkOrder(caller, id, body)));
  }
}
