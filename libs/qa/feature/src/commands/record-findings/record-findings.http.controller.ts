import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { RecordFindings } from './record-findings.command';
import { FindingsDto } from './record-findings.request.dto';

@QaController('cases')
export class RecordFindingsController extends QaEndpoint {
  @CaseCommandRoute('findings', "A department's findings, solution and preventive measures (QA-2)", ['department', 'qa'])
  async findings(@Caller() caller: Caller, @IdParam() id: string, @Body() body: FindingsDto) {
    return this.presenter.case(await this.commands.execute(new RecordFindings(caller, id, body)));
  }
}
