import { Body, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CAPA_NOT_FOUND, IDEMPOTENCY_KEY, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { CapaResponseDto } from '../../qa.response.dto';
import { CloseCapa } from './close-capa.command';
import { CloseCapaDto } from './close-capa.request.dto';

@QaController('capas')
export class CloseCapaController extends QaEndpoint {
  @Post(':id/close')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: "Close once the policy's minimum of later shipments passed since the last failure (QA-4)" })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: CapaResponseDto })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, CAPA_NOT_FOUND, { 409: [QA.CAPA_IS_CLOSED, QA.CAPA_VERIFICATIONS_INSUFFICIENT] }, CONCURRENCY_ERRORS)
  async close(@Caller() caller: Caller, @IdParam() id: string, @Body() body: CloseCapaDto) {
    return this.presenter.capa(await this.commands.execute(new CloseCapa(caller, id, body)));
  }
}
