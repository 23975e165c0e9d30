import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { FinanceEndpoint, IDEMPOTENCY_KEY, PURCHASE_WRITERS, RecordPurchasesResponse } from '../../use-case-kit';
import { RecordPurchases } from './record-purchases.command';
import { RecordPurchasesDto } from './record-purchases.request.dto';

@ApiTags('finance')
@Controller('finance/purchases')
export class RecordPurchasesController extends FinanceEndpoint {
  @Post()
  @HttpCode(200)
  @Roles(...PURCHASE_WRITERS)
  @ApiOperation({
    operationId: 'RecordPurchases',
    summary: 'Record purchase documents from the sales system (FR-1): idempotent by document number; a changed document is recorded as a correction',
  })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: RecordPurchasesDto })
  @ApiOkResponse({ type: RecordPurchasesResponse, description: 'Recorded: each document recorded, unchanged (seen before, nothing recorded) or corrected' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, CONCURRENCY_ERRORS)
  async record(@Caller() caller: Caller, @Body() body: RecordPurchasesDto): Promise<RecordPurchasesResponse> {
    return { documents: await this.commands.execute(new RecordPurchases(caller, body)) };
  }
}
