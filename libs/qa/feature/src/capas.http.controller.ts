import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { deterministicUuid, newEventId } from '@aftersales/eventsourcing';
import { ApiError, AuthUser, Correlation, Created, CreatedResource, CurrentUser, IdempotencyKey, Page, Roles, TimelineEntry, uuidParam } from '@aftersales/platform';
import { CapaService } from './capa.service';
import { CASE_READERS } from './cases.http.controller';
import { CloseCapaDto, CreateCapaDto, ListCapasQuery, UpdateCapaDto, VerificationDto } from './dto';
import { CapaResponse, presentCapa } from './presentation';

@ApiTags('qa')
@ApiResponse({ status: 400, description: 'REQUEST.VALIDATION_FAILED: fieldErrors name each offending field; nothing recorded' })
@ApiResponse({ status: 404, description: 'QA.CAPA_NOT_FOUND / QA.CASE_NOT_FOUND' })
@ApiResponse({ status: 409, description: 'QA.CAPA_IS_CLOSED, QA.CAPA_VERIFICATIONS_INSUFFICIENT (QA-4)' })
@Controller('qa/capas')
export class CapasController {
  constructor(private readonly capas: CapaService) {}

  @Post()
  @Roles('qa')
  @ApiOperation({ summary: 'Open a corrective and preventive action for a case (QA-4): department, owner, due date, actions' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry opens nothing new and completes the link to the case' })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateCapaDto,
    @IdempotencyKey() key: string | undefined,
    @Correlation() c: string,
    @Created() created: CreatedResource,
  ): Promise<CapaResponse> {
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
  async list(@CurrentUser() user: AuthUser, @Query() query: ListCapasQuery): Promise<Page<CapaResponse>> {
    const page = await this.capas.list(user, query);
    return { ...page, items: page.items.map(presentCapa) };
  }

  @Get(':id')
  @Roles(...CASE_READERS)
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<CapaResponse> {
    return presentCapa(await this.capas.get(user, id));
  }

  @Get(':id/timeline')
  @Roles(...CASE_READERS)
  async timeline(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<{ capaId: string; events: TimelineEntry[] }> {
    return { capaId: id, events: await this.capas.timeline(user, id) };
  }

  @Patch(':id')
  @Roles('qa', 'department')
  @ApiOperation({ summary: 'Change the plan of an open CAPA (department, owner, due date, actions) with a reason' })
  async update(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: UpdateCapaDto, @Correlation() c: string): Promise<CapaResponse> {
    if (!user.roles.includes('qa') && (body.dueOn !== undefined || body.department !== undefined)) {
      throw ApiError.forbidden('AUTH.FORBIDDEN', "only QA moves a CAPA's due date or hands it to another department");
    }
    const { reason, ...changes } = body;
    return presentCapa(await this.capas.update(user, id, changes, reason ?? null, c));
  }

  @Post(':id/verifications')
  @Roles('qa', 'sales')
  @ApiOperation({ summary: 'Record one checked later shipment (QA-4); a failure reopens a closed CAPA' })
  async verify(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: VerificationDto, @Correlation() c: string): Promise<CapaResponse> {
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
  async close(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @Body() body: CloseCapaDto, @Correlation() c: string): Promise<CapaResponse> {
    return presentCapa(await this.capas.execute(user, id, () => ({ type: 'Close', capaId: id, note: body.note ?? null }), c));
  }
}
