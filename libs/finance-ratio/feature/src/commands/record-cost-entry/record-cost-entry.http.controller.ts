import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { CostEntryResponse, FinanceEndpoint, IDEMPOTENCY_KEY, LEDGER_READERS, LEDGER_WRITERS } from '../../use-case-kit';
import { presentCostEntry } from '../../presentation';
import { AdjustCostEntry, GetCostEntry, RecordCostEntry } from './record-cost-entry.command';
import { AdjustCostEntryDto, RecordCostEntryDto } from './record-cost-entry.request.dto';

@ApiTags('finance')
@Controller('finance/ledger/entries')
export class RecordCostEntryController extends FinanceEndpoint {
  @Post()
  @Roles(...LEDGER_WRITERS)
  @ApiOperation({ operationId: 'RecordCostEntry', summary: 'Record a quality-cost entry (FR-3), attributed to the party its cause names' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: RecordCostEntryDto })
  @ApiCreatedResponse({ type: CostEntryResponse })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [FINANCE_RATIO.COST_ENTRY_EXISTS], 422: [FINANCE_RATIO.SALES_REP_REQUIRED, FINANCE_RATIO.ZERO_AMOUNT, FINANCE_RATIO.NEGATIVE_COST] }, CONCURRENCY_ERRORS)
  async record(@Caller() caller: Caller, @Body() body: RecordCostEntryDto, @Created() created: CreatedResource): Promise<CostEntryResponse> {
    const { view, replayed } = await this.commands.execute(new RecordCostEntry(caller, body));
    created.at(view.entryId);
    if (replayed) created.replayed();
    return presentCostEntry(view);
  }

  @Get(':entryId')
  @Roles(...LEDGER_READERS)
  @ApiOperation({ operationId: 'GetCostEntry', summary: 'One quality-cost entry with its attribution and source' })
  @ApiOkResponse({ type: CostEntryResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [FINANCE_RATIO.COST_ENTRY_NOT_FOUND] })
  async get(@Caller() caller: Caller, @Param('entryId', uuidParam('entryId')) entryId: string): Promise<CostEntryResponse> {
    return presentCostEntry(await this.queries.execute(new GetCostEntry(caller, entryId)));
  }

  @Post(':entryId/adjustments')
  @Roles(...LEDGER_WRITERS)
  @ApiOperation({ operationId: 'AdjustCostEntry', summary: 'Adjust a quality-cost entry with a new, signed entry naming it (FR-3); the entry itself never changes' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: AdjustCostEntryDto })
  @ApiCreatedResponse({ type: CostEntryResponse, description: 'The adjusting entry' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, { 404: [FINANCE_RATIO.COST_ENTRY_NOT_FOUND], 409: [FINANCE_RATIO.COST_ENTRY_EXISTS], 422: [FINANCE_RATIO.ZERO_AMOUNT] }, CONCURRENCY_ERRORS)
  async adjust(@Caller() caller: Caller, @Param('entryId', uuidParam('entryId')) entryId: string, @Body() body: AdjustCostEntryDto, @Created() created: CreatedResource): Promise<CostEntryResponse> {
    const { view, replayed } = await this.commands.execute(new AdjustCostEntry(caller, entryId, body));
    if (replayed) created.replayed();
    return presentCostEntry(view);
  }
}
