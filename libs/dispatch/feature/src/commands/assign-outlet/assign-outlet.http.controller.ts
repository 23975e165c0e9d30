import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { AssignOutlet } from './assign-outlet.command';
import { AssignOutletDto } from './assign-outlet.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class AssignOutletController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('outlet-assignment', "DI-1, DI-2: Give a work order nobody is assigned to yet to an open outlet, within its scopes and region (its technician is assigned next, TR-2)", DISPATCHERS, {
    404: [DISPATCH.OUTLET_NOT_FOUND],
    409: [DISPATCH.OUTLET_CLOSED, DISPATCH.REMOTE_ATTEMPT_IN_PROGRESS],
    422: [DISPATCH.OUTLET_SCOPE_MISMATCH, DISPATCH.OUTLET_REGION_MISMATCH],
  })
  async assign(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: AssignOutletDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new AssignOutlet(caller, id, body)));
  }
}
