import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { SIGNERS, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { RefuseReturnStep } from './refuse-return-step.command';
import { RefuseReturnStepDto } from './refuse-return-step.request.dto';

@ApiTags('returns')
@Controller('returns')
export class RefuseReturnStepController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('approvals/refuse', "WR-2: Refuse the step open for signature, with the explanation (by the step's role)", SIGNERS, { 422: [W.STEP_NOT_OPEN, W.WRONG_SIGNER_ROLE] })
  async refuseReturnStep(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RefuseReturnStepDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new RefuseReturnStep(caller, id, body)));
  }
}
