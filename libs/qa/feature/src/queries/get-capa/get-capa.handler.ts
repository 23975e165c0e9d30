import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CapaView } from '../../case-view';
import { QaHandler, capaFor } from '../../qa.aggregates';
import { GetCapa } from './get-capa.query';

/** One CAPA folded from its own stream; 404 for another tenant or a reader who may not read its case. */
@QueryHandler(GetCapa)
export class GetCapaHandler extends QaHandler implements IQueryHandler<GetCapa> {
  execute({ caller: { user }, id }: GetCapa): Promise<CapaView> {
    return capaFor(this.capas, this.cases, user, id);
  }
}
