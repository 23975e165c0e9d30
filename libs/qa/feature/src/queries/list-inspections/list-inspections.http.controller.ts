import { Query } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { InspectionReadRoute, QaController, QaEndpoint } from '../../qa.http';
import { InspectionPageResponse } from '../../inspection.response.dto';
import { ListInspections } from './list-inspections.query';
import { ListInspectionsQuery } from './list-inspections.request.dto';

@QaController('inspections')
export class ListInspectionsController extends QaEndpoint {
  @InspectionReadRoute('', 'List inspections of returned goods (QA-6), latest receipt first', InspectionPageResponse)
  async list(@Caller() caller: Caller, @Query() query: ListInspectionsQuery): Promise<InspectionPageResponse> {
    return this.presenter.inspections(await this.queries.execute(new ListInspections(caller, query)));
  }
}
