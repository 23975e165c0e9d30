import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { ChangeSeverity } from './change-severity.command';
import { SeverityDto } from './change-severity.request.dto';

@QaController('cases')
export class ChangeSeverityController extends QaEndpoint {
  @CaseCommandRoute('severity', 'Set the severity with a reason; an opinion still owed moves to the new deadline (QA-3)', ['qa'], { 409: [QA.SEVERITY_UNCHANGED] })
  async severity(@Caller() caller: Caller, @IdParam() id: string, @Body() body: SeverityDto) {
    return this.presenter.case(await this.commands.execute(new ChangeSeverity(caller, id, body)));
  }
}
