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
  @ApiServiceUnavailableResponse({ schema: { example: { status: 'not_ready', checks: { eventStore: 'down' } } } })
  async ready(@Res({ passthrough: true }) res: StatusResponse): Promise<{ status: string; checks: Record<string, string> }> {
    const { ready, checks } = await this.readiness.evaluate();
    res.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not_ready', checks };
  }
}
