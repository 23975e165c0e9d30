import { Caller } from '@aftersales/platform';
import { INSPECTION_NOT_FOUND, IdParam, InspectionReadRoute, QaController, QaEndpoint } from '../../qa.http';
import { InspectionTimelineResponse } from '../../inspection.response.dto';
import { GetInspectionTimeline } from './get-inspection-timeline.query';

@QaController('inspections')
export class GetInspectionTimelineController extends QaEndpoint {
  @InspectionReadRoute(':id/timeline', 'Every event of the inspection with its actor and time', InspectionTimelineResponse, INSPECTION_NOT_FOUND)
  async timeline(@Caller() caller: Caller, @IdParam() id: string): Promise<InspectionTimelineResponse> {
    return { inspectionId: id, events: await this.queries.execute(new GetInspectionTimeline(caller, id)) };
  }
}
