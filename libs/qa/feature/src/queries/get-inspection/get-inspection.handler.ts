import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReturnInspectionView } from '../../inspection-view';
import { Inspections, RETURN_INSPECTIONS } from '../../qa.aggregates';
import { GetInspection } from './get-inspection.query';

/** One inspection folded from its own stream; 404 for another tenant. */
@QueryHandler(GetInspection)
export class GetInspectionHandler implements IQueryHandler<GetInspection> {
  constructor(@Inject(RETURN_INSPECTIONS) private readonly inspections: Inspections) {}

  execute({ caller: { user }, id }: GetInspection): Promise<ReturnInspectionView> {
    return this.inspections.get(user.tenantId, id);
  }
}
