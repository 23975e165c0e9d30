import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { CloseCase } from './close-case.command';
import { SummaryDto } from './close-case.request.dto';

@QaController('cases')
export class CloseCaseController extends QaEndpoint {
  @CaseCommandRoute('close', 'Close after determination and disposition; ours and severe needs a CAPA (QA-4)', ['qa'], { 409: [QA.DETERMINATION_REQUIRED, QA.DISPOSITION_REQUIRED, QA.CAPA_REQUIRED] })
  async close(@Caller() caller: Caller, @IdParam() id: string, @Body() body: SummaryDto) {
    return this.presenter.case(await this.commands.execute(new CloseCase(caller, id, body)));
  }
}
