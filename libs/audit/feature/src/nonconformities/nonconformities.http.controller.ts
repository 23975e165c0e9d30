import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CLOCK, Clock, DocumentFilter, TenantScopedReader } from '@aftersales/eventsourcing';
import { AUDIT, NonconformityCommand } from '@aftersales/audit-domain';
import {
  ApiError,
  ApiErrors,
  BODY_ERRORS,
  CALENDARS,
  CONCURRENCY_ERRORS,
  Caller,
  Created,
  CreatedResource,
  IDEMPOTENCY_ERRORS,
  PARAMETER_ERRORS,
  Roles,
  VALIDATION_FAILED,
  allOf,
  eventMetadata,
  idForCreate,
  readPage,
  uuidParam,
} from '@aftersales/platform';
import { ACTORS, IDEMPOTENCY_KEY, READERS } from '../audit.http';
import { NONCONFORMITIES, Nonconformities, NonconformityView } from './nonconformity.aggregate';
import { CheckEffectivenessDto, ListNonconformitiesQuery, NonconformityPageResponse, NonconformityResponse, PlanCorrectiveActionDto, RaiseNonconformityDto } from './nonconformity.dto';

const NOT_FOUND = { 404: [AUDIT.NONCONFORMITY_NOT_FOUND] };
const STATE_ERRORS = { 409: Object.values(AUDIT.NONCONFORMITY_IS) };

function present(view: NonconformityView): NonconformityResponse {
  const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as NonconformityView & { _position?: bigint };
  return rest;
}

/** AU-4: audit nonconformities → corrective action → effectiveness check, tracked. Auditors and administrators read; administrators act. */
@ApiTags('audit')
@Controller('audit/nonconformities')
export class NonconformitiesController {
  constructor(
    @Inject(NONCONFORMITIES) private readonly nonconformities: Nonconformities,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  @Post()
  @Roles(...ACTORS)
  @ApiOperation({ operationId: 'RaiseNonconformity', summary: 'AU-4: raise an audit nonconformity against a clause, with its finding' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: RaiseNonconformityDto })
  @ApiCreatedResponse({ type: NonconformityResponse, description: 'Raised; it needs a corrective action' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [AUDIT.NONCONFORMITY_EXISTS] }, CONCURRENCY_ERRORS)
  async raise(@Caller() caller: Caller, @Body() body: RaiseNonconformityDto, @Created() created: CreatedResource): Promise<NonconformityResponse> {
    if (!this.calendars.hasRegion(body.region)) {
      throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', [{ field: 'region', code: 'unknown_region', message: `region must be one of ${this.calendars.regions().join(', ')}` }]);
    }
    const nonconformityId = idForCreate(caller, 'audit.nonconformity');
    if (caller.idempotencyKey) {
      // A retry of a first attempt that stored it but crashed before answering gets that one.
      const { current } = await this.nonconformities.read(caller.user.tenantId, nonconformityId);
      if (current.view) {
        created.at(nonconformityId);
        created.replayed();
        return present(current.view);
      }
    }
    const now = this.clock.now();
    const { view } = await this.nonconformities.execute({
      id: nonconformityId,
      tenantId: caller.user.tenantId,
      command: { type: 'Raise', nonconformityId, region: body.region, clause: body.clause, finding: body.finding, severity: body.severity, raisedBy: caller.user.id, now },
      metadata: eventMetadata(caller, body.region),
      now,
      expectedRevision: 'no_stream',
    });
    created.at(nonconformityId);
    return present(view as NonconformityView);
  }

  @Post(':id/corrective-action')
  @HttpCode(200)
  @Roles(...ACTORS)
  @ApiOperation({ operationId: 'PlanCorrectiveAction', summary: 'AU-4: plan the corrective action, owed by the end of its due date in the region (flagged once when overdue)' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: PlanCorrectiveActionDto })
  @ApiOkResponse({ type: NonconformityResponse })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, STATE_ERRORS, CONCURRENCY_ERRORS)
  async plan(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: PlanCorrectiveActionDto): Promise<NonconformityResponse> {
    return this.act(caller, id, (view, now) => ({ type: 'PlanCorrectiveAction', nonconformityId: id, action: body.action, ownerId: body.ownerId, dueOn: body.dueOn, plannedBy: caller.user.id, now, calendar: this.calendars.forRegion(view.region) }));
  }

  @Post(':id/effectiveness-check')
  @HttpCode(200)
  @Roles(...ACTORS)
  @ApiOperation({ operationId: 'CheckEffectiveness', summary: 'AU-4: record whether the corrective action worked: effective closes the nonconformity, ineffective asks for another action' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: CheckEffectivenessDto })
  @ApiOkResponse({ type: NonconformityResponse })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, STATE_ERRORS, CONCURRENCY_ERRORS)
  async check(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CheckEffectivenessDto): Promise<NonconformityResponse> {
    return this.act(caller, id, (_view, now) => ({ type: 'CheckEffectiveness', nonconformityId: id, effective: body.effective, note: body.note, checkedBy: caller.user.id, now }));
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ operationId: 'ListNonconformities', summary: 'AU-4: the nonconformities, newest first, by region and status' })
  @ApiOkResponse({ type: NonconformityPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListNonconformitiesQuery): Promise<NonconformityPageResponse> {
    const conditions: DocumentFilter[] = [];
    if (query.status) conditions.push({ status: query.status });
    if (query.region) conditions.push({ region: query.region });
    const page = await readPage(new TenantScopedReader(this.nonconformities.collection(), caller.user.tenantId), allOf(conditions), { raisedAt: -1, _id: 1 }, query);
    return { ...page, items: page.items.map(present) };
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'GetNonconformity', summary: 'AU-4: one nonconformity with its corrective actions and effectiveness checks (read from its stream: always current)' })
  @ApiOkResponse({ type: NonconformityResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<NonconformityResponse> {
    return present(await this.nonconformities.get(caller.user.tenantId, id));
  }

  private async act(caller: Caller, id: string, command: (view: NonconformityView, now: Date) => NonconformityCommand): Promise<NonconformityResponse> {
    const now = this.clock.now();
    const { view } = await this.nonconformities.execute({
      id,
      tenantId: caller.user.tenantId,
      command: ({ view: current }) => command(current, now),
      metadata: ({ view: current }) => eventMetadata(caller, current?.region ?? 'global'),
      now,
    });
    return present(view as NonconformityView);
  }
}
