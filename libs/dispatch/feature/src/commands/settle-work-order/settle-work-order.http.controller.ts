import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { SettleWorkOrder } from './settle-work-order.command';
import { SettleWorkOrderDto } from './settle-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class SettleWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('settlement', 'DI-6: Settle on a valid sign-off: free items confirmed by the customer, charged items with a receipt number', DISPATCHERS, { 409: [DISPATCH.SIGN_OFF_REQUIRED], 422: [DISPATCH.RECEIPT_NUMBER_REQUIRED, DISPATCH.FREE_ITEMS_UNCONFIRMED] })
  async settleWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: SettleWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new SettleWorkOrder(caller, id, body)));
  }
}
