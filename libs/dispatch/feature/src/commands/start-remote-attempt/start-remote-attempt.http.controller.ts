import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { DISPATCHERS, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { StartRemoteAttempt } from './start-remote-attempt.command';
import { StartRemoteAttemptDto } from './start-remote-attempt.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class StartRemoteAttemptController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('remote-attempt', 'DI-3: The customer agreed to a remote attempt first: recorded before anyone is assigned; no arrival is owed until its outcome', DISPATCHERS, {
    409: [DISPATCH.REMOTE_ATTEMPT_RECORDED],
  })
  async start(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: StartRemoteAttemptDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new StartRemoteAttempt(caller, id, body)));
  }
}
