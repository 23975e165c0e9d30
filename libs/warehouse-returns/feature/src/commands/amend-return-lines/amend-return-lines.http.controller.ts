import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { AFTER_SALES, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { AmendReturnLines } from './amend-return-lines.command';
import { AmendReturnLinesDto } from './amend-return-lines.request.dto';

@ApiTags('returns')
@Controller('returns')
export class AmendReturnLinesController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('lines', 'WR-1, WR-2: Replace the lines (a draft from a QA disposition gets its lines here); each within what was delivered less what was returned; a changed line voids the signatures that covered it', AFTER_SALES, {
    409: [W.RESERVATION_EXPIRED],
    422: [W.LINE_NOT_DELIVERED, W.QUANTITY_EXCEEDS_DELIVERED, W.UNKNOWN_LINE, W.NO_LINES],
  })
  async amendReturnLines(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: AmendReturnLinesDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new AmendReturnLines(caller, id, body)));
  }
}
