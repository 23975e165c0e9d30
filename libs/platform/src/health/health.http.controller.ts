import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { ReadinessRegistry } from './readiness';

interface StatusResponse {
  status(code: number): unknown;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  /** The process is up and serving HTTP. */
  @Public()
  @Get('live')
  @HttpCode(200)
  @ApiOkResponse({ schema: { example: { status: 'up' } } })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  /**
   * Ready for traffic: the store is open and all subscriptions are caught up. Non-critical checks
   * (e.g. the message broker) show `down` here without making the service unready.
   */
  @Public()
  @Get('ready')
  @ApiOkResponse({ schema: { example: { status: 'ready', checks: { eventStore: 'up', kafka: 'down' } } } })
  @ApiServiceUnavailableResponse({
    description: 'Not ready; `progress` shows, for a check that is down and can tell, how far it is (e.g. each projection catching up: its position and the head of the log).',
    schema: {
      example: {
        status: 'not_ready',
        checks: { eventStore: 'up', projections: 'down' },
        progress: { projections: { head: '4398046511104', behind: [{ projection: 'projection:intake-complaints@v1', position: '2199023255552' }] } },
      },
    },
  })
  async ready(@Res({ passthrough: true }) res: StatusResponse): Promise<{ status: string; checks: Record<string, string>; progress?: Record<string, unknown> }> {
    const { ready, checks, progress } = await this.readiness.evaluate();
    res.status(ready ? 200 : 503);
    return progress ? { status: ready ? 'ready' : 'not_ready', checks, progress } : { status: ready ? 'ready' : 'not_ready', checks };
  }
}
