import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT } from '@aftersales/audit-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { ArchiveSubmissionEndpoint, HANDLERS, IDEMPOTENCY_KEY, ArchiveSubmissionResponseDto } from '../../use-case-kit';
import { OpenArchiveSubmission } from './open-archive-submission.command';
import { OpenArchiveSubmissionDto } from './open-archive-submission.request.dto';

@ApiTags('audit')
@Controller('audit/archive-submissions')
export class OpenArchiveSubmissionController extends ArchiveSubmissionEndpoint {
  @Post()
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Open an archive submission; it owes its resolution by a due time its region\'s calendar counts' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: OpenArchiveSubmissionDto })
  @ApiCreatedResponse({ type: ArchiveSubmissionResponseDto, description: 'Opened; the body is the archive submission with its deadlines' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [AUDIT.ARCHIVE_SUBMISSION_EXISTS] }, CONCURRENCY_ERRORS)
  async open(@Caller() caller: Caller, @Body() body: OpenArchiveSubmissionDto, @Created() created: CreatedResource): Promise<ArchiveSubmissionResponseDto> {
    const { view, replayed } = await this.commands.execute(new OpenArchiveSubmission(caller, body));
    created.at(view.archiveSubmissionId);
    if (replayed) created.replayed();
    return this.presenter.one(view);
  }
}
