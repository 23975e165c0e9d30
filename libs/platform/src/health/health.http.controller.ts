import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { ReadinessRegistry } from './readiness';

interface StatusResponse {
  status(code: number): unknown;
}

export class LiveResponse {
  @ApiProperty({ enum: ['up'] })
  status!: 'up';
}

export class ReadyResponse {
  @ApiProperty({ enum: ['ready', 'not_ready'] })
  status!: 'ready' | 'not_ready';

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 100 },
    description: 'Each check by name (eventStore, projections, kafka, ...): `up`, `down` or a reason',
    example: { eventStore: 'up', kafka: 'down' },
  })
  checks!: Record<string, string>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'For a check that is down and can tell, how far it is',
    example: { projections: { head: '4398046511104', behind: [{ projection: 'projection:intake-complaints@v1', position: '2199023255552' }] } },
  })
  progress?: Record<string, unknown>;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  /** The process is up and serving HTTP. */
  @Public()
  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP' })
  @ApiOkResponse({ type: LiveResponse })
  live(): LiveResponse {
    return { status: 'up' };
  }

  /**
   * Ready for traffic: the store is open and all subscriptions are caught up. Non-critical checks
   * (e.g. the message broker) show `down` here without making the service unready.
   */
  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the store is open and every subscription has caught up' })
  @ApiOkResponse({ type: ReadyResponse, description: 'Ready (non-critical checks may show `down`)' })
  @ApiServiceUnavailableResponse({ type: ReadyResponse, description: 'Not ready: a critical check is down; `progress` shows, for a check that can tell, how far it is (e.g. each projection catching up: its position and the head of the log)' })
  async ready(@Res({ passthrough: true }) res: StatusResponse): Promise<ReadyResponse> {
    const { ready, checks, progress } = await this.readiness.evaluate();
    res.status(ready ? 200 : 503);
    return progress ? { status: ready ? 'ready' : 'not_ready', checks, progress } : { status: ready ? 'ready' : 'not_ready', checks };
  }
}
