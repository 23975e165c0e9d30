import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { AFTER_SALES, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { ResolveSerialMismatch } from './resolve-serial-mismatch.command';
import { ResolveSerialMismatchDto } from './resolve-serial-mismatch.request.dto';

@ApiTags('returns')
@Controller('returns')
export class ResolveSerialMismatchController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('receipts/serial-mismatches', "WR-5: Resolve a serial received that is not the one authorised: accept it (the line changes, its signatures are voided) or reject the line", AFTER_SALES, { 422: [W.NO_SERIAL_MISMATCH] })
  async resolveSerialMismatch(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ResolveSerialMismatchDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new ResolveSerialMismatch(caller, id, body)));
  }
}
