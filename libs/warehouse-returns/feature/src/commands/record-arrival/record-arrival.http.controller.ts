import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { WAREHOUSE, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { RecordArrival } from './record-arrival.command';
import { RecordArrivalDto } from './record-arrival.request.dto';

@ApiTags('returns')
@Controller('returns')
export class RecordArrivalController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('arrival', "WR-4: The picked-up goods arrived at the warehouse", WAREHOUSE)
  async recordArrival(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordArrivalDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordArrival(caller, id, body)));
  }
}
