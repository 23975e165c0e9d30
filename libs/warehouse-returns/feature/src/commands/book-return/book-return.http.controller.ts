import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { WAREHOUSE, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { BookReturn } from './book-return.command';
import { BookReturnDto } from './book-return.request.dto';

@ApiTags('returns')
@Controller('returns')
export class BookReturnController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('booking', "WR-5, WR-6: Book the counted goods in (with the chain's and QA's signatures, no open serial mismatch): the receipt note goes to finance, the return note is owed", WAREHOUSE, { 409: [W.SERIAL_MISMATCH_UNRESOLVED, W.SIGNATURES_MISSING, W.CUSTOMER_CHOICE_MISSING] })
  async bookReturn(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: BookReturnDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new BookReturn(caller, id, body)));
  }
}
