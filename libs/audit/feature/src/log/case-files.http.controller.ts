import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { CASE_KINDS } from '@aftersales/contracts';
import { AUDIT } from '@aftersales/audit-domain';
import { AuditAccessRecorder } from './audit-log.runner';
import { BundleQuery, CaseFileQuery, ReplayQuery } from './audit-log.request.dto';
import { CaseFileResponse, CaseReplayResponse, EvidenceBundleResponse } from './audit-log.response.dto';
import { CaseReplays } from './case-replay';
import { LOG_READERS } from './audit-log.http.controller';
import { CaseFiles } from './case-files';

/** A case's record as auditors take it away (AU-2): evidence bundles, verified offline by `aftersales-verify`. */
@ApiTags('audit')
@Controller('audit/cases')
export class CaseFilesController {
  constructor(
    private readonly cases: CaseFiles,
    private readonly replays: CaseReplays,
    private readonly access: AuditAccessRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':kind/:id/bundle')
  @Roles(...LOG_READERS)
  @ApiOperation({ summary: "A case's events across contexts with inclusion proofs to a signed checkpoint, the keys and cosignatures: an evidence bundle for `aftersales-verify` (the export is recorded)" })
  @ApiParam({ name: 'kind', enum: Object.keys(CASE_KINDS) })
  @ApiOkResponse({ type: EvidenceBundleResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [AUDIT.CASE_KIND_UNKNOWN, AUDIT.CASE_NOT_ARCHIVED], 422: [AUDIT.TREE_SIZE_OUT_OF_RANGE] })
  async bundle(@Caller() caller: Caller, @Param('kind') kind: string, @Param('id', uuidParam('id')) id: string, @Query() query: BundleQuery): Promise<EvidenceBundleResponse> {
    const bundle = await this.cases.bundle(caller, kind, id, query.trustedSize);
    await this.access.record(caller, 'case-bundle', `${kind}/${id}`, `${bundle.events.length} events at tree size ${bundle.checkpoint.split('\n')[1]}`);
    return bundle as unknown as EvidenceBundleResponse;
  }

  @Get(':kind/:id/file')
  @Roles(...LOG_READERS)
  @ApiOperation({
    summary:
      "The cross-context case file: the case's archived events across contexts (actor, role, time, policy and calendar versions) and every deadline its contexts tracked, met or missed, as of `at` (now when absent; the read is recorded)",
  })
  @ApiParam({ name: 'kind', enum: Object.keys(CASE_KINDS) })
  @ApiOkResponse({ type: CaseFileResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [AUDIT.CASE_KIND_UNKNOWN, AUDIT.CASE_NOT_ARCHIVED] })
  async file(@Caller() caller: Caller, @Param('kind') kind: string, @Param('id', uuidParam('id')) id: string, @Query() query: CaseFileQuery): Promise<CaseFileResponse> {
    const file = await this.replays.caseFile(caller, kind, id, query.at ? new Date(query.at) : this.clock.now());
    await this.access.record(caller, 'case-file', `${kind}/${id}`, file.asOf);
    return file as unknown as CaseFileResponse;
  }

  @Get(':kind/:id/replay')
  @Roles(...LOG_READERS)
  @ApiOperation({ summary: 'The case as it stood at an instant: its archived events up to then, folded with its own decider and view (the read is recorded)' })
  @ApiParam({ name: 'kind', enum: Object.keys(CASE_KINDS) })
  @ApiOkResponse({ type: CaseReplayResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [AUDIT.CASE_KIND_UNKNOWN, AUDIT.CASE_NOT_ARCHIVED] })
  async replay(@Caller() caller: Caller, @Param('kind') kind: string, @Param('id', uuidParam('id')) id: string, @Query() query: ReplayQuery): Promise<CaseReplayResponse> {
    const replay = await this.replays.replay(caller, kind, id, new Date(query.at));
    await this.access.record(caller, 'case-replay', `${kind}/${id}`, replay.at);
    return replay;
  }
}
