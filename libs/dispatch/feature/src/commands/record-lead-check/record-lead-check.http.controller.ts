import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordLeadCheck } from './record-lead-check.command';
import { RecordLeadCheckDto } from './record-lead-check.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordLeadCheckController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('lead-check', 'DI-4: Record the service lead\'s check (a dispatcher)', DISPATCHERS, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async recordLeadCheck(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordLeadCheckDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordLeadCheck(caller, id, body)));
  }
}
