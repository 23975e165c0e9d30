import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, OwnRecordsOnly, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { COUNTER, IDEMPOTENCY_KEY, OUTLET_STAFF, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { TakeOutletRequest } from './take-outlet-request.command';
import { TakeOutletRequestDto } from './take-outlet-request.request.dto';

@ApiTags('dispatch')
@Controller('outlets')
export class TakeOutletRequestController extends WorkOrderEndpoint {
  @Post(':id/requests')
  @Roles(...COUNTER)
  @OwnRecordsOnly(...OUTLET_STAFF)
  @ApiOperation({ summary: 'DI-2: A request taken at an outlet: a work order for the work asked for, given to the outlet, decided free or charged by the free-repair rules (an outlet\'s own staff at their outlet\'s counter only)' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: TakeOutletRequestDto })
  @ApiCreatedResponse({ type: WorkOrderResponseDto, description: 'Created; the body is the work order (`freeRepair` says free or charged, and why)' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, { 403: [DISPATCH.NOT_YOUR_OUTLET], 404: [DISPATCH.OUTLET_NOT_FOUND], 409: [DISPATCH.WORK_ORDER_EXISTS, DISPATCH.OUTLET_CLOSED], 422: [DISPATCH.OUTLET_SCOPE_MISMATCH] }, CONCURRENCY_ERRORS)
  async take(
    @Caller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: TakeOutletRequestDto,
    @Created() created: CreatedResource,
    @Req() req: { originalUrl: string },
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ): Promise<WorkOrderResponseDto> {
    const { view, replayed } = await this.commands.execute(new TakeOutletRequest(caller, id, body));
    // The new resource is the work order, not a request under the outlet.
    res.setHeader('location', `${req.originalUrl.split('/outlets/')[0]}/work-orders/${view.workOrderId}`);
    if (replayed) created.replayed();
    return this.presenter.one(view);
  }
}
