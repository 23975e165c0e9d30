import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ON_SITE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { ReturnEquipment } from './return-equipment.command';
import { ReturnEquipmentDto } from './return-equipment.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class ReturnEquipmentController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('equipment-returns', 'DI-6: Return equipment taken away, closing its receipt', ON_SITE, { 409: [DISPATCH.EQUIPMENT_RECEIPT_NOT_OPEN] })
  async returnEquipment(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ReturnEquipmentDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new ReturnEquipment(caller, id, body)));
  }
}
