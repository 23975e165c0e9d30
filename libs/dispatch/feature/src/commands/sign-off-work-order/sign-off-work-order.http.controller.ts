import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ON_SITE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { SignOffWorkOrder } from './sign-off-work-order.command';
import { SignOffWorkOrderDto } from './sign-off-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class SignOffWorkOrderController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('sign-off', 'DI-5: The customer\'s sign-off (comment and satisfaction 1-5) or refusal to sign with a reason; it carries the digest of the order\'s content', ON_SITE, { 409: [DISPATCH.SIGN_OFF_EXISTS] })
  async signOffWorkOrder(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: SignOffWorkOrderDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new SignOffWorkOrder(caller, id, body)));
  }
}
