import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { NOT_FOUND, READERS, ComplaintEndpoint, ComplaintTimelineResponse } from '../../use-case-kit';
import { GetComplaintTimeline } from './get-complaint-timeline.query';

@ApiTags('intake')
@Controller('complaints')
export class GetComplaintTimelineController extends ComplaintEndpoint {
  @Get(':id/timeline')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the complaint with its actor and time' })
  @ApiOkResponse({ type: ComplaintTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ComplaintTimelineResponse> {
    return { complaintId: id, events: await this.queries.execute(new GetComplaintTimeline(caller, id)) };
  }
}
