import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordConduct } from './record-conduct.command';
import { RecordConductDto } from './record-conduct.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordConductController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('conduct', 'DI-9: Record conduct against the order\'s technician with the policy\'s penalty', DISPATCHERS, { 409: [DISPATCH.NO_TECHNICIAN_ASSIGNED, DISPATCH.CONDUCT_RECORDED] })
  async recordConduct(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordConductDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordConduct(caller, id, body)));
  }
}
