import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { AFTER_SALES, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { RecordOutcome } from './record-outcome.command';
import { RecordOutcomeDto } from './record-outcome.request.dto';

@ApiTags('returns')
@Controller('returns')
export class RecordOutcomeController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('outcome', "WR-5: A quality return's outcome as the customer asks (exchange or refund), only once QA signed the inspection", AFTER_SALES, { 409: [W.INSPECTION_PENDING], 422: [W.CHOICE_NOT_APPLICABLE] })
  async recordOutcome(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordOutcomeDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordOutcome(caller, id, body)));
  }
}
