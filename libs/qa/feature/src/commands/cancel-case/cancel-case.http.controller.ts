import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { CancelCase } from './cancel-case.command';
import { CancelCaseDto } from './cancel-case.request.dto';

@QaController('cases')
export class CancelCaseController extends QaEndpoint {
  @CaseCommandRoute('cancel', 'Cancel a case opened in error (a withdrawn or invalid complaint cancels its case by itself)', ['qa'])
  async cancel(@Caller() caller: Caller, @IdParam() id: string, @Body() body: CancelCaseDto) {
    return this.presenter.case(await this.commands.execute(new CancelCase(caller, id, body)));
  }
}
