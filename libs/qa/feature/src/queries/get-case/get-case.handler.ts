import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { QualityCaseView } from '../../case-view';
import { QaHandler } from '../../qa.aggregates';
import { GetCase } from './get-case.query';

@QueryHandler(GetCase)
export class GetCaseHandler extends QaHandler implements IQueryHandler<GetCase> {
  execute({ caller: { user }, id }: GetCase): Promise<QualityCaseView> {
    return this.cases.get(user.tenantId, id, user);
  }
}
