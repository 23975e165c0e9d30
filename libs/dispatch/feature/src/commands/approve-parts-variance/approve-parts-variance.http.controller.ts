import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { ApprovePartsVariance } from './approve-parts-variance.command';
import { ApprovePartsVarianceDto } from './approve-parts-variance.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class ApprovePartsVarianceController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('parts-variance-approval', 'DI-4: Approve the parts variance (issued − used − returned ≠ 0) so the order may close', DISPATCHERS, { 409: [DISPATCH.NO_PARTS_VARIANCE] })
  async approvePartsVariance(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ApprovePartsVarianceDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new ApprovePartsVariance(caller, id, body)));
  }
}
