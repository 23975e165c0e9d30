import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { DISPATCHERS, IDEMPOTENCY_KEY, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { CreateWorkOrder } from './create-work-order.command';
import { CreateWorkOrderDto } from './create-work-order.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class CreateWorkOrderController extends WorkOrderEndpoint {
  @Post()
  @Roles(...DISPATCHERS)
  @ApiOperation({ summary: "DI-1: Create a work order from a customer's phone request (a retry with the same Idempotency-Key creates nothing more)" })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: CreateWorkOrderDto })
  @ApiCreatedResponse({ type: WorkOrderResponseDto, description: 'Created; the body is the work order' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [DISPATCH.WORK_ORDER_EXISTS] }, CONCURRENCY_ERRORS)
  async create(@Caller() caller: Caller, @Body() body: CreateWorkOrderDto, @Created() created: CreatedResource): Promise<WorkOrderResponseDto> {
    const { view, replayed } = await this.commands.execute(new CreateWorkOrder(caller, body));
    created.at(view.workOrderId);
    if (replayed) created.replayed();
    return this.presenter.one(view);
  }
}
