import { Caller } from '@aftersales/platform';
import { INSPECTION_NOT_FOUND, IdParam, InspectionReadRoute, QaController, QaEndpoint } from '../../qa.http';
import { InspectionResponseDto } from '../../inspection.response.dto';
import { GetInspection } from './get-inspection.query';

@QaController('inspections')
export class GetInspectionController extends QaEndpoint {
  @InspectionReadRoute(':id', 'One inspection of returned goods (QA-6), read from its own stream: always current', InspectionResponseDto, INSPECTION_NOT_FOUND)
  async get(@Caller() caller: Caller, @IdParam() id: string): Promise<InspectionResponseDto> {
    return this.presenter.inspection(await this.queries.execute(new GetInspection(caller, id)));
  }
}
