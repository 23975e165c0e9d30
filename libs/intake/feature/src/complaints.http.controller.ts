import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
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
  Roles,
  uuidParam,
  VALIDATION_FAILED,
} from '@aftersales/platform';
import { Role } from '@aftersales/platform';
import { negotiateLanguage } from '@aftersales/intake-domain';
import { ComplaintService } from './complaint.service';
import { ComplaintView } from './complaint-view';
import { CloseDto, ComplaintReasonDto, EscalateDto, ForwardDto, InvalidateDto, ListComplaintsQuery, NoteDto, ReassessDto, RegisterComplaintDto, reassessmentFieldErrors } from './dto';
import { ComplaintPageResponse, ComplaintResponseDto, ComplaintTimelineResponse } from './complaint.response.dto';
import { present } from './presentation';
import { QaOutcomes } from './qa-outcomes';
import { INTAKE } from '@aftersales/intake-domain';

/** Who may do what (README "Intake API"). */
const READERS: Role[] = ['customer_service', 'sales', 'sales_assistant', 'business_head', 'general_manager', 'qa', 'dispatcher', 'auditor', 'admin'];
const FRONT_DESK: Role[] = ['customer_service', 'sales', 'sales_assistant'];
const SUPERVISORS: Role[] = ['business_head', 'general_manager'];

const NOT_FOUND: ErrorCodes = { 404: [INTAKE.COMPLAINT_NOT_FOUND] };
/** A command on an existing complaint: refused by its state (409, details.status and details.command). */
const COMMAND_ERRORS: ErrorCodes[] = [
  BODY_ERRORS,
  PARAMETER_ERRORS,
  IDEMPOTENCY_ERRORS,
  NOT_FOUND,
  { 409: Object.values(INTAKE.COMPLAINT_IS) },
  CONCURRENCY_ERRORS,
];
const ACCEPT_LANGUAGE = ApiHeader({ name: 'Accept-Language', required: false, description: 'zh-CN or en: the language of `labels`' });
const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });
const COMMAND_OK = ApiOkResponse({ type: ComplaintResponseDto, description: 'The complaint after the command' });

const registerExample = {
  channel: 'hotline',
  receivedAt: '2026-03-03T10:00:00+08:00',
  customer: { id: 'C-10086', name: '华东机械有限公司', tier: 'key' },
  region: 'cn-east',
  product: { model: 'PX-200', serialNumber: 'SN-2026-000123', contractNumber: 'HT-2026-0042' },
  deliveredOn: '2026-02-27',
  goodsReceivedOn: '2026-03-02',
  shippedQuantity: 10,
  defectiveQuantity: 1,
  category: 'appearance',
  defect: { location: 'front panel', nature: 'scratch', firstSeenOn: '2026-03-02', attachments: ['att-photo-1'] },
  usedAsInstructed: true,
  requestedResolution: 'exchange',
  description: '面板有明显划痕，开箱即发现。',
};

@ApiTags('intake')
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly complaints: ComplaintService,
    private readonly qaOutcomes: QaOutcomes,
  ) {}

  @Post()
  @Roles(...FRONT_DESK)
  @ApiOperation({ summary: 'Register a complaint (IN-1, IN-2); the policy decides acceptance at once (IN-3..IN-5)' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @ApiBody({ type: RegisterComplaintDto, examples: { appearance: { value: registerExample } } })
  @ApiCreatedResponse({ type: ComplaintResponseDto, description: 'Registered; the body is the complaint with its acceptance decision and deadlines' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [INTAKE.COMPLAINT_EXISTS] }, CONCURRENCY_ERRORS)
  async register(
    @CurrentUser() user: AuthUser,
    @Body() body: RegisterComplaintDto,
    @IdempotencyKey() key: string | undefined,
    @Correlation() correlationId: string,
    @Created() created: CreatedResource,
    @Headers('accept-language') language?: string,
  ): Promise<ComplaintResponseDto> {
    const id = key ? deterministicUuid(user.tenantId, user.id, key, 'intake.complaint') : newEventId();
    const { view, replayed } = await this.complaints.register(user, id, body, correlationId, key !== undefined);
    created.at(view.complaintId);
    if (replayed) created.replayed();
    return this.present(user, view, language);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List complaints with filters, paging and sort' })
  @ACCEPT_LANGUAGE
  @ApiOkResponse({ type: ComplaintPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListComplaintsQuery, @Headers('accept-language') language?: string): Promise<ComplaintPageResponse> {
    const page = await this.complaints.list(user, query);
    const lang = negotiateLanguage(language);
    const outcomes = await this.qaOutcomes.forComplaints(user.tenantId, page.items.map((v) => v.complaintId));
    const now = this.complaints.now();
    return { ...page, items: page.items.map((v) => present(v, lang, now, outcomes.get(v.complaintId) ?? null)) };
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One complaint (read from its own stream: always current)' })
  @ACCEPT_LANGUAGE
  @ApiOkResponse({ type: ComplaintResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Headers('accept-language') language?: string): Promise<ComplaintResponseDto> {
    return this.present(user, await this.complaints.get(user, id), language);
  }

  @Get(':id/timeline')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the complaint with its actor and time' })
  @ApiOkResponse({ type: ComplaintTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<ComplaintTimelineResponse> {
    return { complaintId: id, events: await this.complaints.timeline(user, id) };
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('customer_service', 'sales')
  @ApiOperation({ summary: 'The customer has been answered (IN-7)' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async acknowledge(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: NoteDto, @Correlation() c: string, @Headers('accept-language') l?: string) {
    return this.run(user, id, { type: 'Acknowledge', complaintId: id, note: body.note ?? null }, c, l);
  }

  @Post(':id/forward')
  @HttpCode(200)
  @Roles('sales', 'customer_service')
  @ApiOperation({ summary: 'Forward to the supervisor and the sales assistant (IN-8)' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async forward(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: ForwardDto, @Correlation() c: string, @Headers('accept-language') l?: string) {
    const targets = body.targets.map((t) => ({ target: t.target, personId: t.personId ?? null }));
    return this.run(user, id, { type: 'Forward', complaintId: id, targets, note: body.note ?? null }, c, l);
  }

  @Post(':id/invalidate')
  @HttpCode(200)
  @Roles('customer_service', 'sales_assistant', 'business_head')
  @ApiOperation({ summary: 'The complaint does not stand; record the explanation given to the customer (IN-6)' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async invalidate(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: InvalidateDto, @Correlation() c: string, @Headers('accept-language') l?: string) {
    return this.run(user, id, { type: 'Invalidate', complaintId: id, reason: body.reason, explanationToCustomer: body.explanationToCustomer }, c, l);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('customer_service', 'sales')
  @ApiOperation({ summary: 'The customer withdrew the complaint' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async withdraw(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: ComplaintReasonDto, @Correlation() c: string, @Headers('accept-language') l?: string) {
    return this.run(user, id, { type: 'Withdraw', complaintId: id, reason: body.reason }, c, l);
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @Roles('customer_service', 'sales', 'sales_assistant', 'business_head')
  @ApiOperation({ summary: 'Report the complaint up (IN-7); may raise severity' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async escalate(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: EscalateDto, @Correlation() c: string, @Headers('accept-language') l?: string) {
    return this.run(user, id, { type: 'Escalate', complaintId: id, to: body.to, reason: body.reason, severity: body.severity ?? null }, c, l);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('customer_service', 'sales_assistant', 'business_head')
  @ApiOperation({ summary: 'Close an answered complaint with the resolution' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async close(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: CloseDto, @Correlation() c: string, @Headers('accept-language') l?: string) {
    return this.run(user, id, { type: 'Close', complaintId: id, resolutionSummary: body.resolutionSummary }, c, l);
  }

  @Post(':id/reassess')
  @HttpCode(200)
  @Roles(...SUPERVISORS)
  @ApiOperation({ summary: "A supervisor re-evaluates acceptance with corrected evidence, or overrides the policy's outcome with a justification" })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @COMMAND_OK
  @ApiErrors(...COMMAND_ERRORS)
  async reassess(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: ReassessDto, @Correlation() c: string, @Headers('accept-language') l?: string) {
    const refused = reassessmentFieldErrors(body);
    if (refused.length > 0) throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', refused);
    const corrections = Object.fromEntries(
      Object.entries({
        suspectedCause: body.corrections?.suspectedCause,
        usedAsInstructed: body.corrections?.usedAsInstructed,
        warrantyCard: body.corrections?.warrantyCard ? { months: body.corrections.warrantyCard.months } : undefined,
        deadOnArrival: body.corrections?.deadOnArrival
          ? {
              testReportRef: body.corrections.deadOnArrival.testReportRef ?? null,
              packagingIntact: body.corrections.deadOnArrival.packagingIntact,
              appearanceIntact: body.corrections.deadOnArrival.appearanceIntact,
            }
          : undefined,
      }).filter(([, v]) => v !== undefined),
    );
    const override = body.override ? { kind: body.override.kind, justification: body.override.justification } : null;
    return this.run(user, id, (view) => ({ type: 'Reassess', complaintId: id, corrections, override, reason: body.reason ?? null, context: this.complaints.contextFor(view) }), c, l);
  }

  private async run(user: AuthUser, id: string, command: Parameters<ComplaintService['execute']>[2], correlationId: string, language?: string): Promise<ComplaintResponseDto> {
    return this.present(user, await this.complaints.execute(user, id, command, correlationId), language);
  }

  private async present(user: AuthUser, view: ComplaintView, language?: string): Promise<ComplaintResponseDto> {
    const outcome = (await this.qaOutcomes.forComplaints(user.tenantId, [view.complaintId])).get(view.complaintId) ?? null;
    return present(view, negotiateLanguage(language), this.complaints.now(), outcome);
  }
}
