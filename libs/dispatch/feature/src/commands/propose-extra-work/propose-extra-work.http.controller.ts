import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { ProposeExtraWork } from './propose-extra-work.command';
import { ProposeExtraWorkDto } from './propose-extra-work.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class ProposeExtraWorkController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('extra-work', 'DI-4: Propose extra work beyond the agreed scope; it proceeds only with the customer\'s recorded consent', TECHNICIANS_ROLE, { 422: [DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async proposeExtraWork(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ProposeExtraWorkDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new ProposeExtraWork(caller, id, body)));
  }
}
