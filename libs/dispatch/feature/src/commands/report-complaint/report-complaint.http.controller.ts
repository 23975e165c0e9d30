import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ON_SITE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { ReportComplaint } from './report-complaint.command';
import { ReportComplaintDto } from './report-complaint.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class ReportComplaintController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('complaints', 'DI-7: Pass a customer complaint found on site to intake (its report-up clock starts there)', ON_SITE, { 422: [DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async reportComplaint(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ReportComplaintDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new ReportComplaint(caller, id, body)));
  }
}
