import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { ArchiveSubmissionEndpoint, READERS, ArchiveSubmissionPageResponse } from '../../use-case-kit';
import { ListArchiveSubmissions } from './list-archive-submissions.query';
import { ListArchiveSubmissionsQuery } from './list-archive-submissions.request.dto';

@ApiTags('audit')
@Controller('audit/archive-submissions')
export class ListArchiveSubmissionsController extends ArchiveSubmissionEndpoint {
  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List archive submissions, newest first, with filters and paging' })
  @ApiOkResponse({ type: ArchiveSubmissionPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListArchiveSubmissionsQuery): Promise<ArchiveSubmissionPageResponse> {
    return this.presenter.page(await this.queries.execute(new ListArchiveSubmissions(caller, query)));
  }
}
