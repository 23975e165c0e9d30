import { Caller } from '@aftersales/platform';
import { CASE_NOT_FOUND, IdParam, QaController, QaEndpoint, QaReadRoute } from '../../qa.http';
import { CaseTimelineResponse } from '../../qa.response.dto';
import { GetCaseTimeline } from './get-case-timeline.query';

@QaController('cases')
export class GetCaseTimelineController extends QaEndpoint {
  @QaReadRoute(':id/timeline', 'Every event of the case with its actor, time and policy version', CaseTimelineResponse, CASE_NOT_FOUND)
  async timeline(@Caller() caller: Caller, @IdParam() id: string): Promise<CaseTimelineResponse> {
    return { caseId: id, events: await this.queries.execute(new GetCaseTimeline(caller, id)) };
  }
}
