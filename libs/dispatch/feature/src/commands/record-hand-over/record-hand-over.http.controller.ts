import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordHandOver } from './record-hand-over.command';
import { RecordHandOverDto } from './record-hand-over.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordHandOverController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('hand-over', 'DI-4: Hand the equipment over to the customer; the follow-up call is due from here (DI-8)', TECHNICIANS_ROLE, { 409: [DISPATCH.EXTRA_WORK_AWAITS_CONSENT], 422: [DISPATCH.STEP_NOT_FOR_ROLE, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async recordHandOver(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordHandOverDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordHandOver(caller, id, body)));
  }
}
