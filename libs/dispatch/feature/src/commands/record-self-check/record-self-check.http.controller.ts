import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordSelfCheck } from './record-self-check.command';
import { RecordSelfCheckDto } from './record-self-check.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordSelfCheckController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('self-check', 'DI-4: Record the technician\'s self-check', TECHNICIANS_ROLE, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async recordSelfCheck(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordSelfCheckDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordSelfCheck(caller, id, body)));
  }
}
