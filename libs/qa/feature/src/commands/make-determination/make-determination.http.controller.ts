import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { MakeDetermination } from './make-determination.command';
import { DeterminationDto } from './make-determination.request.dto';

@QaController('cases')
export class MakeDeterminationController extends QaEndpoint {
  @CaseCommandRoute('determination', 'Who is responsible (QA-2), with evidence; not ours needs the written explanation for the customer', ['qa'], { 422: [QA.OUR_CAUSE_REQUIRED, QA.OUR_CAUSE_NOT_APPLICABLE, QA.EXPLANATION_REQUIRED, QA.EVIDENCE_REQUIRED, QA.REASON_REQUIRED] })
  async determination(@Caller() caller: Caller, @IdParam() id: string, @Body() body: DeterminationDto) {
    return this.presenter.case(await this.commands.execute(new MakeDetermination(caller, id, body)));
  }
}
