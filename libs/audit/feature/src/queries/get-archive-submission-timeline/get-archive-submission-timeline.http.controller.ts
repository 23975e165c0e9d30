import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { ArchiveSubmissionEndpoint, NOT_FOUND, READERS, ArchiveSubmissionTimelineResponse } from '../../use-case-kit';
import { GetArchiveSubmissionTimeline } from './get-archive-submission-timeline.query';

@ApiTags('audit')
@Controller('audit/archive-submissions')
export class GetArchiveSubmissionTimelineController extends ArchiveSubmissionEndpoint {
  @Get(':id/timeline')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the archive submission with its actor and time' })
  @ApiOkResponse({ type: ArchiveSubmissionTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ArchiveSubmissionTimelineResponse> {
    return { archiveSubmissionId: id, events: await this.queries.execute(new GetArchiveSubmissionTimeline(caller, id)) };
  }
}
