import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordRemoteOutcome } from './record-remote-outcome.command';
import { RecordRemoteOutcomeDto } from './record-remote-outcome.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordRemoteOutcomeController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('remote-attempt-outcome', 'DI-3: The remote attempt\'s outcome: resolved (no visit; handed over, sign-off and close follow) or not (the on-site arrival is owed from now, by the policy)', DISPATCHERS, {
    409: [DISPATCH.NO_REMOTE_ATTEMPT],
  })
  async record(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordRemoteOutcomeDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordRemoteOutcome(caller, id, body)));
  }
}
