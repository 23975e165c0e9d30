import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { PerformExtraWork } from './perform-extra-work.command';
import { PerformExtraWorkDto } from './perform-extra-work.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class PerformExtraWorkController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('extra-work-done', 'DI-4: Record extra work done; refused without the customer\'s recorded consent', TECHNICIANS_ROLE, { 409: [DISPATCH.EXTRA_WORK_DECIDED], 422: [DISPATCH.EXTRA_WORK_NEEDS_CONSENT, DISPATCH.EXTRA_WORK_UNKNOWN, DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async performExtraWork(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: PerformExtraWorkDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new PerformExtraWork(caller, id, body)));
  }
}
