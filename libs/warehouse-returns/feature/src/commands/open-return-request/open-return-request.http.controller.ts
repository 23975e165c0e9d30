import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS } from '@aftersales/warehouse-returns-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { ReturnRequestEndpoint, HANDLERS, IDEMPOTENCY_KEY, ReturnRequestResponseDto } from '../../use-case-kit';
import { OpenReturnRequest } from './open-return-request.command';
import { OpenReturnRequestDto } from './open-return-request.request.dto';

@ApiTags('warehouse-returns')
@Controller('warehouse-returns/return-requests')
export class OpenReturnRequestController extends ReturnRequestEndpoint {
  @Post()
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Open a return request; it owes its resolution by a due time its region\'s calendar counts' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: OpenReturnRequestDto })
  @ApiCreatedResponse({ type: ReturnRequestResponseDto, description: 'Opened; the body is the return request with its deadlines' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS] }, CONCURRENCY_ERRORS)
  async open(@Caller() caller: Caller, @Body() body: OpenReturnRequestDto, @Created() created: CreatedResource): Promise<ReturnRequestResponseDto> {
    const { view, replayed } = await this.commands.execute(new OpenReturnRequest(caller, body));
    created.at(view.returnRequestId);
    if (replayed) created.replayed();
    return this.presenter.one(view);
  }
}
