import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { TECHNICIANS_ROLE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { ReportBack } from './report-back.command';
import { ReportBackDto } from './report-back.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class ReportBackController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('report', 'DI-7: The technician\'s report (cause, fix, parts, customer opinion) completes the dispatch log', TECHNICIANS_ROLE, { 422: [DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async reportBack(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ReportBackDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new ReportBack(caller, id, body)));
  }
}
