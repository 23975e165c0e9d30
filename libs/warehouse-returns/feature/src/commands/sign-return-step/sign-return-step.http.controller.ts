import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WAREHOUSE_RETURNS as W } from '@aftersales/warehouse-returns-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto, SIGNERS } from '../../use-case-kit';
import { SignReturnStep } from './sign-return-step.command';
import { SignReturnStepDto } from './sign-return-step.request.dto';

@ApiTags('returns')
@Controller('returns')
export class SignReturnStepController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute(
    'approvals/sign',
    'WR-2, WR-3, WR-7: Sign a step (who, role, when, comment and the digest of the content); the ratio check\'s step records finance\'s figure and refuses outside the limits unless the leader\'s exception is signed',
    SIGNERS,
    { 409: [W.RATIO_NOT_AVAILABLE, W.RESERVATION_EXPIRED], 422: [W.STEP_NOT_OPEN, W.WRONG_SIGNER_ROLE, W.ALREADY_SIGNED_ANOTHER_STEP, W.LINE_NOT_DELIVERED, W.QUANTITY_EXCEEDS_DELIVERED] },
  )
  async signReturnStep(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: SignReturnStepDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new SignReturnStep(caller, id, body)));
  }
}
