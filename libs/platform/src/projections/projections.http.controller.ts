import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { ApiError } from '../errors/api-error';
import { PLATFORM } from '../errors/codes';
import { NoBodyPipe } from '../errors/params';
import { ProjectionHost } from './projection-host';
import { ApiErrors, BODY_ERRORS, IDEMPOTENCY_ERRORS } from '../openapi/error-response';
import { ApiNullable, text } from '../openapi/schema-fields';

export class ProjectionStateResponse {
  @ApiProperty(text(200, { example: 'intake-complaints' }))
  name!: string;

  @ApiProperty({ type: Number, format: 'int32', minimum: 0, maximum: 2_147_483_647 })
  version!: number;

  @ApiNullable({ type: String, pattern: '^\\d{1,20}$', maxLength: 20, description: 'The global position it has reached (null before its first event)' })
  position!: string | null;

  @ApiProperty()
  caughtUp!: boolean;

  @ApiProperty()
  failing!: boolean;
}

export class RebuildAcceptedResponse {
  @ApiProperty(text(200))
  projection!: string;

  @ApiProperty({ enum: ['rebuilding'] })
  status!: 'rebuilding';
}

/**
 * Operators' view of the read models (ADR 010): where each projection is, and a rebuild from the
 * start of the log when one must be recomputed (a bug fixed in its fold, say). A projection whose
 * version changed rebuilds by itself at start; this is for the same version.
 */
@ApiTags('platform')
@Controller('platform/projections')
export class ProjectionsController {
  constructor(private readonly projections: ProjectionHost) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Every projection, where it is in the log and whether it has caught up.' })
  @ApiOkResponse({ type: ProjectionStateResponse, isArray: true })
  list(): ProjectionStateResponse[] {
    return this.projections.list();
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({ summary: 'Replay a projection from the start of the log into emptied documents, in the background; /health/ready shows its progress.' })
  @ApiAcceptedResponse({ type: RebuildAcceptedResponse })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 404: [PLATFORM.PROJECTION_NOT_FOUND] })
  async rebuild(@Param('name') name: string, @Body(NoBodyPipe) _body: unknown): Promise<RebuildAcceptedResponse> {
    if (!(await this.projections.rebuild(name))) {
      throw ApiError.notFound(PLATFORM.PROJECTION_NOT_FOUND, `no projection named ${name}`);
    }
    return { projection: name, status: 'rebuilding' };
  }
}
