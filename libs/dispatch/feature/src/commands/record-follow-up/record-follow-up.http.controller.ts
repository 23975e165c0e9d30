import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { FOLLOW_UP_CALLERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordFollowUp } from './record-follow-up.command';
import { RecordFollowUpDto } from './record-follow-up.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordFollowUpController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('follow-up', 'DI-8: Record the follow-up call (outcome, satisfaction); a low rating or a complaint opens a complaint in intake', FOLLOW_UP_CALLERS, { 409: [DISPATCH.FOLLOW_UP_RECORDED] })
  async recordFollowUp(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordFollowUpDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordFollowUp(caller, id, body)));
  }
}
