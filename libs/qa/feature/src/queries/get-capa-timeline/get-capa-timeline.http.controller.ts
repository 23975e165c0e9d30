import { Caller } from '@aftersales/platform';
import { CAPA_NOT_FOUND, IdParam, QaController, QaEndpoint, QaReadRoute } from '../../qa.http';
import { CapaTimelineResponse } from '../../qa.response.dto';
import { GetCapaTimeline } from './get-capa-timeline.query';

@QaController('capas')
export class GetCapaTimelineController extends QaEndpoint {
  @QaReadRoute(':id/timeline', 'Every event of the CAPA with its actor and time', CapaTimelineResponse, CAPA_NOT_FOUND)
  async timeline(@Caller() caller: Caller, @IdParam() id: string): Promise<CapaTimelineResponse> {
    return { capaId: id, events: await this.queries.execute(new GetCapaTimeline(caller, id)) };
  }
}
