import { Body, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CAPA_NOT_FOUND, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { CapaResponseDto } from '../../qa.response.dto';
import { UpdateCapa } from './update-capa.command';
import { UpdateCapaDto } from './update-capa.request.dto';

@QaController('capas')
export class UpdateCapaController extends QaEndpoint {
  @Patch(':id')
  @Roles('qa', 'department')
  @ApiOperation({ summary: 'Change the plan of an open CAPA (department, owner, due date, actions) with a reason' })
  @ApiOkResponse({ type: CapaResponseDto })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, CAPA_NOT_FOUND, { 409: [QA.CAPA_IS_CLOSED], 422: [QA.DUE_DATE_IN_PAST] }, CONCURRENCY_ERRORS)
  async update(@Caller() caller: Caller, @IdParam() id: string, @Body() body: UpdateCapaDto) {
    return this.presenter.capa(await this.commands.execute(new UpdateCapa(caller, id, body)));
  }
}
