import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { DecideDisposition } from './decide-disposition.command';
import { DispositionDto } from './decide-disposition.request.dto';

@QaController('cases')
export class DecideDispositionController extends QaEndpoint {
  @CaseCommandRoute('disposition', 'What is done for the customer (QA-5); published for dispatch and returns', ['qa'], { 409: [QA.DETERMINATION_REQUIRED], 422: [QA.INTERIM_DISPOSITION_NOT_ALLOWED] })
  async disposition(@Caller() caller: Caller, @IdParam() id: string, @Body() body: DispositionDto) {
    return this.presenter.case(await this.commands.execute(new DecideDisposition(caller, id, body)));
  }
}
