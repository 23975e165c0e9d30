import { Body, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { IDEMPOTENCY_KEY, QaController, QaEndpoint } from '../../qa.http';
import { CaseResponseDto } from '../../qa.response.dto';
import { OpenCase } from './open-case.command';
import { OpenCaseDto } from './open-case.request.dto';

@QaController('cases')
export class OpenCaseController extends QaEndpoint {
  @Post()
  @Roles('sales_assistant', 'qa')
  @ApiOperation({ summary: 'Enter a written quality feedback form by hand (QA-1); accepted complaints open their case themselves' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: OpenCaseDto })
  @ApiCreatedResponse({ type: CaseResponseDto })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [QA.CASE_EXISTS] }, CONCURRENCY_ERRORS)
  async open(@Caller() caller: Caller, @Body() body: OpenCaseDto, @Created() created: CreatedResource): Promise<CaseResponseDto> {
    const { view, replayed } = await this.commands.execute(new OpenCase(caller, body));
    created.at(view.caseId);
    if (replayed) created.replayed();
    return this.presenter.case(view);
  }
}
