import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ACTORS, ArchiveSubmissionCommandRoute, ArchiveSubmissionEndpoint, ArchiveSubmissionResponseDto } from '../../use-case-kit';
import { SubmitArchiveSubmission } from './submit-archive-submission.command';
import { SubmitArchiveSubmissionDto } from './submit-archive-submission.request.dto';

@ApiTags('audit')
@Controller('audit/archive-submissions')
export class SubmitArchiveSubmissionController extends ArchiveSubmissionEndpoint {
  @ArchiveSubmissionCommandRoute('submit', 'AU-3: record that an expected submission was handed to the archive (who, what, when; late after its due date)', ACTORS)
  async submit(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: SubmitArchiveSubmissionDto): Promise<ArchiveSubmissionResponseDto> {
    return this.presenter.one(await this.commands.execute(new SubmitArchiveSubmission(caller, id, body)));
  }
}
