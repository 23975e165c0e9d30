import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { ApiError } from '../errors/api-error';
import { NoBodyPipe } from '../errors/params';
import { ProjectionHost } from './projection-host';

class ProjectionStateResponse {
  name!: string;
  version!: number;
  /** The global position it has reached (null before its first event). */
  position!: string | null;
  caughtUp!: boolean;
  failing!: boolean;
}

class RebuildAcceptedResponse {
  projection!: string;
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
  @ApiNotFoundResponse({ description: 'PLATFORM.PROJECTION_NOT_FOUND: no projection of that name.' })
  async rebuild(@Param('name') name: string, @Body(NoBodyPipe) _body: unknown): Promise<RebuildAcceptedResponse> {
    if (!(await this.projections.rebuild(name))) {
      throw ApiError.notFound('PLATFORM.PROJECTION_NOT_FOUND', `no projection named ${name}`);
    }
    return { projection: name, status: 'rebuilding' };
  }
}
