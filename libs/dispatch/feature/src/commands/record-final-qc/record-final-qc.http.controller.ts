import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { QUALITY, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordFinalQc } from './record-final-qc.command';
import { RecordFinalQcDto } from './record-final-qc.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordFinalQcController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('final-qc', 'DI-4: Record final QC (100%, quality)', QUALITY, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async recordFinalQc(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordFinalQcDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordFinalQc(caller, id, body)));
  }
}
