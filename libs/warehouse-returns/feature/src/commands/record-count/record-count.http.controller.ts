import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto, WAREHOUSE } from '../../use-case-kit';
import { RecordCount } from './record-count.command';
import { RecordCountDto } from './record-count.request.dto';

@ApiTags('returns')
@Controller('returns')
export class RecordCountController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('receipts/count', 'WR-5: The warehouse\'s count of the arrived goods, matched to the lines; a serial other than the one authorised is flagged and blocks booking until resolved; QA is asked to inspect (ReturnGoodsReceived)', WAREHOUSE, { 422: [W.UNKNOWN_LINE, W.QUANTITY_EXCEEDS_AUTHORISED] })
  async recordCount(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordCountDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordCount(caller, id, body)));
  }
}
