import { Query } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { CASE_NOT_FOUND, QaController, QaEndpoint, QaReadRoute } from '../../qa.http';
import { CapaPageResponse } from '../../qa.response.dto';
import { ListCapas } from './list-capas.query';
import { ListCapasQuery } from './list-capas.request.dto';

@QaController('capas')
export class ListCapasController extends QaEndpoint {
  @QaReadRoute('', 'List CAPAs (sales roles: those of a case they may read, by caseId)', CapaPageResponse, CASE_NOT_FOUND)
  async list(@Caller() caller: Caller, @Query() query: ListCapasQuery) {
    return this.presenter.capas(await this.queries.execute(new ListCapas(caller, query)));
  }
}
