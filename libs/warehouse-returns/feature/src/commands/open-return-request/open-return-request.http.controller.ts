import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { AFTER_SALES, IDEMPOTENCY_KEY, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { OpenReturnRequest } from './open-return-request.command';
import { OpenReturnRequestDto } from './open-return-request.request.dto';

@ApiTags('returns')
@Controller('returns')
export class OpenReturnRequestController extends ReturnRequestEndpoint {
  @Post()
  @Roles(...AFTER_SALES)
  @ApiOperation({ summary: 'WR-1: Enter a return request (customer, reason, lines within what was delivered less what was returned); the approval chain of its reason starts' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: OpenReturnRequestDto })
  @ApiCreatedResponse({ type: ReturnRequestResponseDto, description: 'Opened; the body is the return request with its lines at the deliveries\' prices' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [W.RETURN_REQUEST_EXISTS, W.RESERVATION_EXPIRED], 422: [W.LINE_NOT_DELIVERED, W.QUANTITY_EXCEEDS_DELIVERED, W.UNKNOWN_LINE, W.NO_LINES] }, CONCURRENCY_ERRORS)
  async open(@Caller() caller: Caller, @Body() body: OpenReturnRequestDto, @Created() created: CreatedResource): Promise<ReturnRequestResponseDto> {
    const { view, replayed } = await this.commands.execute(new OpenReturnRequest(caller, body));
    created.at(view.returnRequestId);
    if (replayed) created.replayed();
    return this.presenter.one(view);
  }
}
