import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT } from '@aftersales/audit-domain';
import { ApiErrors, BODY_ERRORS, Caller, Created, CreatedResource, PARAMETER_ERRORS, PageQuery, Roles, uuidParam } from '@aftersales/platform';
import { LOG_ADMINS, LOG_READERS } from './audit-log.http.controller';
import { AuditAccessRecorder } from './audit-log.runner';
import { StartVerificationDto } from './audit-log.request.dto';
import { LogVerificationPageResponse, LogVerificationResponse } from './audit-log.response.dto';
import { AuditVerifications, VerificationDoc } from './verifications';

function present(doc: VerificationDoc): LogVerificationResponse {
  const report = doc.report ? { ...doc.report, sources: { ...doc.report.sources, contexts: [...doc.report.sources.contexts] } } : null;
  return {
    id: doc._id,
    status: doc.status,
    checkpoint: doc.progress.checkpoint,
    progress: { checked: doc.progress.checked, total: doc.progress.checkpoint.size },
    startedBy: doc.startedBy,
    startedAt: doc.startedAt,
    updatedAt: doc.updatedAt,
    finishedAt: doc.finishedAt,
    resumed: doc.resumed,
    report,
    error: doc.error,
  };
}

/**
 * AU-2 verify in the background: a log of millions of events takes minutes to recompute, longer than
 * an HTTP request should live. An admin starts a verification (202, Location); it runs in chunks,
 * its progress and report kept in audit's store; auditors and admins read it. Every call is recorded
 * as an audit.AuditDataRead (resource `verification`).
 */
@ApiTags('audit')
@Controller('audit/log/verifications')
export class VerificationsController {
  constructor(
    private readonly verifications: AuditVerifications,
    private readonly access: AuditAccessRecorder,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles(...LOG_ADMINS)
  @ApiOperation({
    operationId: 'StartLogVerification',
    summary:
      'Starts verifying a signed checkpoint (the latest, or `treeSize`) in the background, as POST …/log/verify does in one request; GET the Location for its progress and, once done, its report. One runs at a time per log: 409 names the running one',
  })
  @ApiAcceptedResponse({ type: LogVerificationResponse, description: 'Started; `Location` is its URL' })
  @ApiErrors(BODY_ERRORS, { 404: [AUDIT.CHECKPOINT_NOT_FOUND], 409: [AUDIT.VERIFICATION_RUNNING] })
  async start(@Caller() caller: Caller, @Body() body: StartVerificationDto, @Created() created: CreatedResource): Promise<LogVerificationResponse> {
    const doc = await this.verifications.start(caller, body?.treeSize);
    await this.access.record(caller, 'verification', doc._id, `started: tree size ${doc.progress.checkpoint.size}`);
    created.at(doc._id);
    return present(doc);
  }

  @Get()
  @Roles(...LOG_READERS)
  @ApiOperation({ operationId: 'ListLogVerifications', summary: "The log's verifications, newest first, with their progress and reports (the read is recorded)" })
  @ApiOkResponse({ type: LogVerificationPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: PageQuery): Promise<LogVerificationPageResponse> {
    const page = await this.verifications.list(query);
    await this.access.record(caller, 'verification', 'audit-log', `${page.items.length} verifications (page ${page.page})`);
    return { ...page, items: page.items.map(present) };
  }

  @Get(':id')
  @Roles(...LOG_READERS)
  @ApiOperation({ operationId: 'GetLogVerification', summary: 'A verification: its progress (positions checked of how many) and, once done, its report (the read is recorded)' })
  @ApiOkResponse({ type: LogVerificationResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [AUDIT.VERIFICATION_NOT_FOUND] })
  async get(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<LogVerificationResponse> {
    const doc = await this.verifications.get(id);
    await this.access.record(caller, 'verification', id, doc.report ? (doc.report.ok ? 'ok' : 'differs') : doc.status);
    return present(doc);
  }
}
