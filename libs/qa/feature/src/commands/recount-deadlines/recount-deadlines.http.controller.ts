import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { RecountCaseDeadlines } from './recount-deadlines.command';
import { RecountDeadlinesDto } from './recount-deadlines.request.dto';

@QaController('cases')
export class RecountCaseDeadlinesController extends QaEndpoint {
  @CaseCommandRoute(
    'recount-deadlines',
    "Count the case's deadlines still running again on the region's calendar in force now (after a calendar year was published, ADR 013); recorded with the old and new calendar versions (QA-3)",
    ['admin'],
  )
  async recount(@Caller() caller: Caller, @IdParam() id: string, @Body() body: RecountDeadlinesDto) {
    return this.presenter.case(await this.commands.execute(new RecountCaseDeadlines(caller, id, body)));
  }
}
