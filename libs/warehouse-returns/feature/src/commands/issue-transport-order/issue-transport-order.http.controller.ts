import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { AFTER_SALES, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { IssueTransportOrder } from './issue-transport-order.command';
import { IssueTransportOrderDto } from './issue-transport-order.request.dto';

@ApiTags('returns')
@Controller('returns')
export class IssueTransportOrderController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('transport-orders', "WR-4: The after-sales head issues the return transport order of an approved request", AFTER_SALES, { 409: [W.TRANSPORT_ORDER_EXISTS, W.APPROVAL_INCOMPLETE] })
  async issueTransportOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: IssueTransportOrderDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new IssueTransportOrder(caller, id, body)));
  }
}
