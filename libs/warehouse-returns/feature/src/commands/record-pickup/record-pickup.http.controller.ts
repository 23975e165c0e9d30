import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { PICKUP, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { RecordPickup } from './record-pickup.command';
import { RecordPickupDto } from './record-pickup.request.dto';

@ApiTags('returns')
@Controller('returns')
export class RecordPickupController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('pickup', "WR-4: The goods were picked up under the return transport order (refused without one); a driver may record only this", PICKUP, { 409: [W.NO_TRANSPORT_ORDER] })
  async recordPickup(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordPickupDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordPickup(caller, id, body)));
  }
}
