import { Query } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QaController, QaEndpoint, QaReadRoute } from '../../qa.http';
import { CasePageResponse } from '../../qa.response.dto';
import { ListCases } from './list-cases.query';
import { ListCasesQuery } from './list-cases.request.dto';

@QaController('cases')
export class ListCasesController extends QaEndpoint {
  @QaReadRoute('', 'List quality cases with filters and paging', CasePageResponse)
  async list(@Caller() caller: Caller, @Query() query: ListCasesQuery) {
    return this.presenter.cases(await this.queries.execute(new ListCases(caller, query)));
  }
}
