import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, LIMITS, Roles, text } from '@aftersales/platform';
import { ArchiveSubmissionEndpoint, ACTORS, ArchiveSubmissionResponseDto } from '../../use-case-kit';
import { ScheduleArchiveSubmissions } from './schedule-archive-submissions.command';
import { ScheduleArchiveSubmissionsDto } from './schedule-archive-submissions.request.dto';

export class ArchiveScheduleResponse {
  @ApiProperty({ ...text(LIMITS.id), example: 'archive-schedule/2026.1', description: 'The archive schedule (policy) version that generated them' })
  scheduleVersion!: string;

  @ApiProperty({ description: 'How many this request opened; the others existed already', minimum: 0 })
  created!: number;

  @ApiProperty({ type: [ArchiveSubmissionResponseDto], maxItems: 100 })
  items!: ArchiveSubmissionResponseDto[];
}

@ApiTags('audit')
@Controller('audit/archive-submissions')
export class ScheduleArchiveSubmissionsController extends ArchiveSubmissionEndpoint {
  @Post('schedule')
  @HttpCode(200)
  @Roles(...ACTORS)
  @ApiOperation({ summary: 'AU-3: open every submission the archive schedule expects for a region\'s periods in [from, to); each due by the schedule\'s date, a missing one flagged at its due time' })
  @ApiBody({ type: ScheduleArchiveSubmissionsDto })
  @ApiOkResponse({ type: ArchiveScheduleResponse, description: 'The expected submissions of the range (those opened before included)' })
  @ApiErrors(BODY_ERRORS, CONCURRENCY_ERRORS)
  async schedule(@Caller() caller: Caller, @Body() body: ScheduleArchiveSubmissionsDto): Promise<ArchiveScheduleResponse> {
    const { views, created, scheduleVersion } = await this.commands.execute(new ScheduleArchiveSubmissions(caller, body));
    return { scheduleVersion, created, items: views.map((v) => this.presenter.one(v)) };
  }
}
