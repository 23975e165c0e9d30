import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CLOCK, Clock, EVENT_STORE, EventStore, newEventId } from '@aftersales/eventsourcing';
import { CurrentUser, Roles } from '../auth/decorators';
import { AuthUser } from '../auth/roles';
import { ApiError } from '../errors/api-error';
import { PLATFORM } from '../errors/codes';
import { NoBodyPipe, uuidParam } from '../errors/params';
import { correlationIdOf } from '../logging/correlation';
import { ApiErrors, BODY_ERRORS, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS } from '../openapi/error-response';
import { INSTANT, UUID } from '../openapi/schema-fields';

export const WRITE_PROBE_RECORDED = 'platform.WriteProbeRecorded';
const streamOf = (tenantId: string, id: string) => `platform.write-probe-${tenantId}-${id}`;

export class WriteProbeResponse {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ type: String, pattern: '^\\d{1,20}$', maxLength: 20, description: "The event's global position (a bigint, as a decimal string)" })
  position!: string;

  @ApiProperty(INSTANT)
  recordedAt!: string;
}

/**
 * An operator's end-to-end check of the write path: a 201 here means an event went through
 * authentication, the store's append and its commit, and can be read back after a restart.
 */
@ApiTags('platform')
@Controller('platform/write-probes')
export class WriteProbeController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Append a probe event and return its global position once it is durable.' })
  @ApiCreatedResponse({ type: WriteProbeResponse })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS)
  async record(
    @CurrentUser() user: AuthUser,
    @Req() request: { id?: unknown; headers: Record<string, string> },
    @Body(NoBodyPipe) _body: unknown,
  ): Promise<WriteProbeResponse> {
    const id = newEventId();
    const recordedAt = this.clock.now().toISOString();
    const result = await this.store.append(
      streamOf(user.tenantId, id),
      [
        {
          id,
          type: WRITE_PROBE_RECORDED,
          occurredAt: recordedAt,
          tenantId: user.tenantId,
          region: 'global',
          actor: { id: user.id, role: 'admin' },
          correlationId: correlationIdOf(request),
          data: { probeId: id },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    return { id, position: result.position.toString(), recordedAt };
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Read a probe back (404 for another tenant, as for a missing one).' })
  @ApiOkResponse({ type: WriteProbeResponse })
  @ApiErrors(PARAMETER_ERRORS, { 404: [PLATFORM.PROBE_NOT_FOUND] })
  async get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<WriteProbeResponse> {
    const [event] = await this.store.readStream(streamOf(user.tenantId, id), { maxCount: 1 });
    if (!event || event.tenantId !== user.tenantId) throw ApiError.notFound(PLATFORM.PROBE_NOT_FOUND, `no write probe ${id}`);
    return { id: event.id, position: event.position.toString(), recordedAt: event.occurredAt };
  }
}
