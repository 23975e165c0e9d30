import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { deterministicUuid, newEventId } from '@aftersales/eventsourcing';
import {
  ApiError,
  ApiErrors,
  AuthUser,
  BODY_ERRORS,
  CONCURRENCY_ERRORS,
  Correlation,
  Created,
  CreatedResource,
  CurrentUser,
  ErrorCodes,
  IDEMPOTENCY_ERRORS,
  IdempotencyKey,
  PARAMETER_ERRORS,
  Role,
  Roles,
  uuidParam,
  VALIDATION_FAILED,
  canonicalJson,
} from '@aftersales/platform';
import { QualityCaseCommand, QualityCaseOpened } from '@aftersales/qa-domain';
import {
  DeterminationDto,
  DispositionDto,
  FindingsDto,
  InstructDto,
  ListCasesQuery,
  OpenCaseDto,
  OpinionDto,
  PreliminaryReportDto,
  CancelCaseDto,
  ReviewDto,
  SeverityDto,
  SummaryDto,
} from './dto';
import { presentCase } from './presentation';
import { CasePageResponse, CaseResponseDto, CaseTimelineResponse } from './qa.response.dto';
import { QualityCaseService, metadataOf } from './quality-case.service';
import { QA } from '@aftersales/qa-domain';
import { IDEMPOTENCY } from '@aftersales/platform';

/** Paper forms older than this are not entered as open cases (their deadlines passed long ago). */
export const MAX_BACKFILL_DAYS = 366;

/** Who may read cases (sales roles only the cases they are stakeholders of, see QualityCaseService.list). */
export const CASE_READERS: Role[] = ['qa', 'department', 'general_manager', 'business_head', 'auditor', 'admin', 'sales', 'sales_assistant'];

const NOT_FOUND: ErrorCodes = { 404: [QA.CASE_NOT_FOUND] };
/** Every command on a case: its state may refuse it (409, details.status and details.command). */
const COMMAND_ERRORS: ErrorCodes[] = [
  BODY_ERRORS,
  PARAMETER_ERRORS,
  IDEMPOTENCY_ERRORS,
  NOT_FOUND,
  { 409: Object.values(QA.CASE_IS) },
  CONCURRENCY_ERRORS,
];
const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response and records nothing' });
const COMMAND_OK = ApiOkResponse({ type: CaseResponseDto, description: 'The case after the command' });

@ApiTags('qa')
@Controller('qa/cases')
export class CasesController {
  constructor(private readonly cases: QualityCaseService) {}

  @Post()
  @Roles('sales_assistant', 'qa')
  @ApiOperation({ summary: 'Enter a written quality feedback form by hand (QA-1); accepted complaints open their case themselves' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: OpenCaseDto })
  @ApiCreatedResponse({ type: CaseResponseDto })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [QA.CASE_EXISTS] }, CONCURRENCY_ERRORS)
  async open(
    @CurrentUser() user: AuthUser,
    @Body() body: OpenCaseDto,
    @IdempotencyKey() key: string | undefined,
    @Correlation() correlationId: string,
    @Created() created: CreatedResource,
  ): Promise<CaseResponseDto> {
    this.cases.requireRegion(body.region);
    const receivedAt = new Date(body.receivedAt).getTime();
    const now = this.cases.now().getTime();
    if (receivedAt > now || receivedAt < now - MAX_BACKFILL_DAYS * 86_400_000) {
      const [code, message] = receivedAt > now ? ['in_future', 'receivedAt must not be in the future'] : ['too_old', `receivedAt must be within the last ${MAX_BACKFILL_DAYS} days`];
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'receivedAt', code, message }]);
    }
    const caseId = key ? deterministicUuid(user.tenantId, user.id, key, 'qa.case') : newEventId();
    const stakeholders = [...new Set([user.id, ...(body.salesRepId ? [body.salesRepId] : [])])];
    const command = {
      type: 'Open' as const,
      caseId,
      source: { kind: 'feedback_form' as const, formRef: body.formRef ?? null },
      subject: {
        customerId: body.customerId,
        customerName: body.customerName ?? null,
        product: {
          model: body.product.model,
          serialNumber: body.product.serialNumber ?? null,
          partNumber: body.product.partNumber ?? null,
          contractNumber: body.product.contractNumber ?? null,
          productLine: body.product.productLine ?? null,
        },
        category: body.category,
        defectNature: body.defectNature,
        defectLocation: body.defectLocation ?? null,
        defectiveQuantity: body.defectiveQuantity,
        requestedResolution: body.requestedResolution ?? null,
        description: body.description ?? null,
      },
      severity: body.severity,
      receivedAt: new Date(body.receivedAt).toISOString(),
      openedBy: user.id,
      stakeholders,
      context: this.cases.contextOf(body.region),
    };
    const form = (c: Pick<QualityCaseOpened['data'], 'source' | 'subject' | 'severity' | 'receivedAt' | 'stakeholders'> & { region: string }) =>
      canonicalJson({ region: c.region, source: c.source, subject: c.subject, severity: c.severity, receivedAt: c.receivedAt, stakeholders: c.stakeholders });
    const stored = key ? await this.cases.openedEvent(caseId, user.tenantId) : null;
    if (stored) {
      // The first attempt stored the case and crashed before its response was kept: the same form
      // gets that case; another form under the same key is refused, as the interceptor would.
      if (form(stored) !== form({ ...command, region: body.region })) throw ApiError.unprocessable(IDEMPOTENCY.KEY_REUSED, 'this Idempotency-Key was used for another feedback form');
      created.at(caseId);
      created.replayed();
      return presentCase(await this.cases.get(user, caseId), this.cases.now());
    }
    await this.cases.decide(caseId, command, metadataOf(user, body.region, correlationId), 'no_stream');
    created.at(caseId);
    return presentCase(await this.cases.get(user, caseId), this.cases.now());
  }

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'List quality cases with filters and paging' })
  @ApiOkResponse({ type: CasePageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListCasesQuery): Promise<CasePageResponse> {
    const page = await this.cases.list(user, query);
    return { ...page, items: page.items.map((v) => presentCase(v, this.cases.now())) };
  }

  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One quality case (read from its own stream: always current)' })
  @ApiOkResponse({ type: CaseResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<CaseResponseDto> {
    return presentCase(await this.cases.get(user, id), this.cases.now());
  }

  @Get(':id/timeline')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Every event of the case with its actor, time and policy version' })
  @ApiOkResponse({ type: CaseTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<CaseTimelineResponse> {
    return { caseId: id, events: await this.cases.timeline(user, id) };
  }

  @Post(':id/severity')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: 'Set the severity with a reason; an opinion still owed moves to the new deadline (QA-3)' })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS, { 409: [QA.SEVERITY_UNCHANGED] })
  async severity(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: SeverityDto, @Correlation() c: string) {
    const current = await this.cases.get(user, id);
    return this.run(user, id, { type: 'ChangeSeverity', caseId: id, severity: body.severity, reason: body.reason, context: this.cases.contextOf(current.region) }, c);
  }

  @Post(':id/opinion')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: "QA's opinion (minor) or initial opinion (severe), due in working days from receipt (QA-3)" })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async opinion(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: OpinionDto, @Correlation() c: string) {
    return this.run(user, id, { type: 'RecordOpinion', caseId: id, opinion: body.opinion, now: this.cases.now() }, c);
  }

  @Post(':id/instructions')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: "Instruct departments; each owes a written solution within the policy's working days (QA-2, QA-3)" })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async instruct(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: InstructDto, @Correlation() c: string) {
    const current = await this.cases.get(user, id);
    const instructions = body.instructions.map((i) => ({ department: i.department, instruction: i.instruction }));
    return this.run(user, id, { type: 'InstructDepartments', caseId: id, instructions, now: this.cases.now(), context: this.cases.contextOf(current.region) }, c);
  }

  @Post(':id/findings')
  @HttpCode(200)
  @Roles('department', 'qa')
  @ApiOperation({ summary: "A department's findings, solution and preventive measures (QA-2)" })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async findings(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: FindingsDto, @Correlation() c: string) {
    return this.run(
      user,
      id,
      {
        type: 'RecordFindings',
        caseId: id,
        department: body.department,
        findings: body.findings,
        solution: body.solution ?? null,
        preventiveMeasures: body.preventiveMeasures ?? null,
        evidenceRefs: body.evidenceRefs ?? [],
        recordedBy: user.id,
        now: this.cases.now(),
      },
      c,
    );
  }

  @Post(':id/determination')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: 'Who is responsible (QA-2), with evidence; not ours needs the written explanation for the customer' })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS, { 422: [QA.OUR_CAUSE_REQUIRED, QA.OUR_CAUSE_NOT_APPLICABLE, QA.EXPLANATION_REQUIRED, QA.EVIDENCE_REQUIRED, QA.REASON_REQUIRED] })
  async determination(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: DeterminationDto, @Correlation() c: string) {
    const current = await this.cases.get(user, id);
    return this.run(
      user,
      id,
      {
        type: 'MakeDetermination',
        caseId: id,
        responsibility: body.responsibility,
        ourCause: body.ourCause ?? null,
        summary: body.summary,
        evidenceRefs: body.evidenceRefs,
        explanationToCustomer: body.explanationToCustomer ?? null,
        reason: body.reason ?? null,
        context: this.cases.contextOf(current.region),
      },
      c,
    );
  }

  @Post(':id/preliminary-report')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: 'Severe case, root cause slow: a preliminary report for general-manager approval (QA-3)' })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS, { 409: [QA.PRELIMINARY_REPORT_SEVERE_ONLY, QA.ALREADY_DETERMINED, QA.PRELIMINARY_REPORT.pending, QA.PRELIMINARY_REPORT.approved] })
  async preliminaryReport(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: PreliminaryReportDto, @Correlation() c: string) {
    return this.run(user, id, { type: 'IssuePreliminaryReport', caseId: id, summary: body.summary, proposedDisposition: body.proposedDisposition }, c);
  }

  @Post(':id/preliminary-report/review')
  @HttpCode(200)
  @Roles('general_manager')
  @ApiOperation({ summary: 'The general manager approves (the customer may be served first) or rejects the preliminary report' })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS, { 409: [QA.NO_PRELIMINARY_REPORT_PENDING], 422: [QA.REASON_REQUIRED] })
  async review(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: ReviewDto, @Correlation() c: string) {
    return this.run(user, id, { type: 'ReviewPreliminaryReport', caseId: id, approve: body.approve, note: body.note ?? null, reviewer: user.id }, c);
  }

  @Post(':id/disposition')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: 'What is done for the customer (QA-5); published for dispatch and returns' })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS, { 409: [QA.DETERMINATION_REQUIRED], 422: [QA.INTERIM_DISPOSITION_NOT_ALLOWED] })
  async disposition(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: DispositionDto, @Correlation() c: string) {
    return this.run(user, id, { type: 'DecideDisposition', caseId: id, disposition: body.disposition, note: body.note ?? null }, c);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: 'Close after determination and disposition; ours and severe needs a CAPA (QA-4)' })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS, { 409: [QA.DETERMINATION_REQUIRED, QA.DISPOSITION_REQUIRED, QA.CAPA_REQUIRED] })
  async close(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: SummaryDto, @Correlation() c: string) {
    return this.run(user, id, { type: 'Close', caseId: id, summary: body.summary }, c);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: 'Cancel a case opened in error (a withdrawn or invalid complaint cancels its case by itself)' })
  @IDEMPOTENCY_KEY
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async cancel(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: CancelCaseDto, @Correlation() c: string) {
    return this.run(user, id, { type: 'Cancel', caseId: id, reason: body.reason }, c);
  }

  private async run(user: AuthUser, id: string, command: QualityCaseCommand, correlationId: string): Promise<CaseResponseDto> {
    return presentCase(await this.cases.execute(user, id, command, correlationId), this.cases.now());
  }
}
