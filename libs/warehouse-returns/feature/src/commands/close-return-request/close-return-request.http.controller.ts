import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ReturnRequestCommandRoute, ReturnRequestEndpoint, HANDLERS, ReturnRequestResponseDto } from '../../use-case-kit';
import { CloseReturnRequest } from './close-return-request.command';
import { CloseReturnRequestDto } from './close-return-request.request.dto';

@ApiTags('warehouse-returns')
@Controller('warehouse-returns/return-requests')
export class CloseReturnRequestController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('close', 'Close a return request with its resolution', HANDLERS)
  async close(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CloseReturnRequestDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new CloseReturnRequest(caller, id, body)));
  }
}
