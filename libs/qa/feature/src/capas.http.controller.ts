import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
} from '@aftersales/platform';
import { CapaService } from './capa.service';
import { CASE_READERS } from './cases.http.controller';
import { CloseCapaDto, CreateCapaDto, ListCapasQuery, UpdateCapaDto, VerificationDto } from './dto';
import { presentCapa } from './presentation';
import { CapaPageResponse, CapaResponseDto, CapaTimelineResponse } from './qa.response.dto';
import { QA } from '@aftersales/qa-domain';
import { AUTH } from '@aftersales/platform';

const NOT_FOUND: ErrorCodes = { 404: [QA.CAPA_NOT_FOUND] };
const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response and records nothing' });

@ApiTags('qa')
@Controller('qa/capas')
export class CapasController {
  constructor(private readonly capas: CapaService) {}

  @Post()
  @Roles('qa')
  @ApiOperation({ summary: 'Open a corrective and preventive action for a case (QA-4): department, owner, due date, actions' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry opens nothing new and completes the link to the case' })
  @ApiCreatedResponse({ type: CapaResponseDto })
  @ApiErrors(
    BODY_ERRORS,
    IDEMPOTENCY_ERRORS,
    { 404: [QA.CASE_NOT_FOUND], 409: [QA.CAPA_EXISTS, QA.CASE_IS.closed, QA.CASE_IS.cancelled], 422: [QA.DUE_DATE_IN_PAST] },
    CONCURRENCY_ERRORS,
  )
  async create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateCapaDto,
    @IdempotencyKey() key: string | undefined,
    @Correlation() c: string,
    @Created() created: CreatedResource,
  ): Promise<CapaResponseDto> {
    const capaId = key ? deterministicUuid(user.tenantId, user.id, key, 'qa.capa') : newEventId();
    const plan = { department: body.department, ownerId: body.ownerId, dueOn: body.dueOn, correctiveAction: body.correctiveAction, preventiveAction: body.preventiveAction };
    const { view, replayed } = await this.capas.open(user, capaId, body.caseId.toLowerCase(), plan, c);
    created.at(view.capaId);
    if (replayed) created.replayed();
    return presentCapa(view);
  }

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'List CAPAs (sales roles: those of a case they may read, by caseId)' })
  @ApiOkResponse({ type: CapaPageResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [QA.CASE_NOT_FOUND] })
  async list(@CurrentUser() user: AuthUser, @Query() query: ListCapasQuery): Promise<CapaPageResponse> {
    const page = await this.capas.list(user, query);
    return { ...page, items: page.items.map(presentCapa) };
  }

  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One CAPA (read from its own stream: always current)' })
  @ApiOkResponse({ type: CapaResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<CapaResponseDto> {
    return presentCapa(await this.capas.get(user, id));
  }

  @Get(':id/timeline')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Every event of the CAPA with its actor and time' })
  @ApiOkResponse({ type: CapaTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<CapaTimelineResponse> {
    return { capaId: id, events: await this.capas.timeline(user, id) };
  }

  @Patch(':id')
  @Roles('qa', 'department')
  @ApiOperation({ summary: 'Change the plan of an open CAPA (department, owner, due date, actions) with a reason' })
  @ApiOkResponse({ type: CapaResponseDto })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, NOT_FOUND, { 409: [QA.CAPA_IS_CLOSED], 422: [QA.DUE_DATE_IN_PAST] }, CONCURRENCY_ERRORS)
  async update(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: UpdateCapaDto, @Correlation() c: string): Promise<CapaResponseDto> {
    if (!user.roles.includes('qa') && (body.dueOn !== undefined || body.department !== undefined)) {
      throw ApiError.forbidden(AUTH.FORBIDDEN, "only QA moves a CAPA's due date or hands it to another department");
    }
    const { reason, ...changes } = body;
    return presentCapa(await this.capas.update(user, id, changes, reason ?? null, c));
  }

  @Post(':id/verifications')
  @Roles('qa', 'sales')
  @ApiOperation({ summary: 'Record one checked later shipment (QA-4); a failure reopens a closed CAPA' })
  @IDEMPOTENCY_KEY
  @ApiCreatedResponse({ type: CapaResponseDto, description: 'The CAPA with the verification' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 422: [QA.VERIFICATION_BEFORE_CAPA, QA.VERIFICATION_IN_FUTURE] }, CONCURRENCY_ERRORS)
  async verify(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: VerificationDto, @Correlation() c: string): Promise<CapaResponseDto> {
    const view = await this.capas.execute(
      user,
      id,
      (current) => ({
        type: 'RecordVerification',
        capaId: id,
        shipmentId: body.shipmentId,
        lotId: body.lotId ?? null,
        checkedOn: body.checkedOn,
        result: body.result,
        note: body.note ?? null,
        verifiedBy: user.id,
        today: this.capas.today(current.region),
      }),
      c,
    );
    return presentCapa(view);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('qa')
  @ApiOperation({ summary: "Close once the policy's minimum of later shipments passed since the last failure (QA-4)" })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: CapaResponseDto })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 409: [QA.CAPA_IS_CLOSED, QA.CAPA_VERIFICATIONS_INSUFFICIENT] }, CONCURRENCY_ERRORS)
  async close(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: CloseCapaDto, @Correlation() c: string): Promise<CapaResponseDto> {
    return presentCapa(await this.capas.execute(user, id, () => ({ type: 'Close', capaId: id, note: body.note ?? null }), c));
  }
}
