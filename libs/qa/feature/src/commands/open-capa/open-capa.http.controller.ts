import { Body, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { QaController, QaEndpoint } from '../../qa.http';
import { CapaResponseDto } from '../../qa.response.dto';
import { OpenCapa } from './open-capa.command';
import { CreateCapaDto } from './open-capa.request.dto';

@QaController('capas')
export class OpenCapaController extends QaEndpoint {
  @Post()
  @Roles('qa')
  @ApiOperation({ summary: 'Open a corrective and preventive action for a case (QA-4): department, owner, due date, actions' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry opens nothing new and completes the link to the case' })
  @ApiCreatedResponse({ type: CapaResponseDto })
  @ApiErrors(
    BODY_ERRORS,
    IDEMPOTENCY_ERRORS,
    { 404: [QA.CASE_NOT_FOUND], 409: [QA.CAPA_EXISTS, QA.CASE_IS.closed, QA.CASE_IS.cancelled], 422: [QA.DUE_DATE_IN_PAST] },
    CONCURRENCY_ERRORS,
  )
  async create(@Caller() caller: Caller, @Body() body: CreateCapaDto, @Created() created: CreatedResource): Promise<CapaResponseDto> {
    const { view, replayed } = await this.commands.execute(new OpenCapa(caller, body));
    created.at(view.capaId);
    if (replayed) created.replayed();
    return this.presenter.capa(view);
  }
}
