import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ON_SITE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordCharge } from './record-charge.command';
import { RecordChargeDto } from './record-charge.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordChargeController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('charges', 'DI-6: Record a free or charged item in integer minor units; after sign-off it invalidates the sign-off', ON_SITE, { 422: [DISPATCH.CURRENCY_MISMATCH] })
  async recordCharge(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordChargeDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordCharge(caller, id, body)));
  }
}
