import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { WorkOrderEndpoint, HANDLERS, IDEMPOTENCY_KEY, WorkOrderResponseDto } from '../../use-case-kit';
import { OpenWorkOrder } from './open-work-order.command';
import { OpenWorkOrderDto } from './open-work-order.request.dto';

@ApiTags('dispatch')
@Controller('dispatch/work-orders')
export class OpenWorkOrderController extends WorkOrderEndpoint {
  @Post()
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Open a work order; it owes its resolution by a due time its region\'s calendar counts' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: OpenWorkOrderDto })
  @ApiCreatedResponse({ type: WorkOrderResponseDto, description: 'Opened; the body is the work order with its deadlines' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [DISPATCH.WORK_ORDER_EXISTS] }, CONCURRENCY_ERRORS)
  async open(@Caller() caller: Caller, @Body() body: OpenWorkOrderDto, @Created() created: CreatedResource): Promise<WorkOrderResponseDto> {
    const { view, replayed } = await this.commands.execute(new OpenWorkOrder(caller, body));
    created.at(view.workOrderId);
    if (replayed) created.replayed();
    return this.presenter.one(view);
  }
}
