import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, OwnRecordsOnly, uuidParam } from '@aftersales/platform';
import { ASSIGNERS, OUTLET_STAFF, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { AssignTechnician } from './assign-technician.command';
import { AssignTechnicianDto } from './assign-technician.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class AssignTechnicianController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('assignment', 'TR-2, DI-2, DI-3: Assign a technician qualified for the product line on the planned date (of its outlet\'s staff when the order is given to an outlet; an outlet\'s own staff assign the orders given to their outlet); the arrival deadline runs from here', ASSIGNERS, {
    404: [DISPATCH.TECHNICIAN_NOT_FOUND],
    422: [DISPATCH.TECHNICIAN_NOT_QUALIFIED, DISPATCH.TECHNICIAN_NOT_AT_OUTLET],
  })
  @OwnRecordsOnly(...OUTLET_STAFF)
  async assign(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: AssignTechnicianDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new AssignTechnician(caller, id, body)));
  }
}
