import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { ArchiveSubmissionEndpoint, NOT_FOUND, READERS, ArchiveSubmissionResponseDto } from '../../use-case-kit';
import { GetArchiveSubmission } from './get-archive-submission.query';

@ApiTags('audit')
@Controller('audit/archive-submissions')
export class GetArchiveSubmissionController extends ArchiveSubmissionEndpoint {
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One archive submission (read from its own stream: always current)' })
  @ApiOkResponse({ type: ArchiveSubmissionResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ArchiveSubmissionResponseDto> {
    return this.presenter.one(await this.queries.execute(new GetArchiveSubmission(caller, id)));
  }
}
