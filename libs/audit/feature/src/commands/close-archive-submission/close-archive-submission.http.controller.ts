import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ArchiveSubmissionCommandRoute, ArchiveSubmissionEndpoint, HANDLERS, ArchiveSubmissionResponseDto } from '../../use-case-kit';
import { CloseArchiveSubmission } from './close-archive-submission.command';
import { CloseArchiveSubmissionDto } from './close-archive-submission.request.dto';

@ApiTags('audit')
@Controller('audit/archive-submissions')
export class CloseArchiveSubmissionController extends ArchiveSubmissionEndpoint {
  @ArchiveSubmissionCommandRoute('close', 'Close an archive submission with its resolution', HANDLERS)
  async close(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CloseArchiveSubmissionDto): Promise<ArchiveSubmissionResponseDto> {
    return this.presenter.one(await this.commands.execute(new CloseArchiveSubmission(caller, id, body)));
  }
}
