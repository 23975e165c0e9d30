import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { RatioAlertEndpoint, NOT_FOUND, READERS, RatioAlertTimelineResponse } from '../../use-case-kit';
import { GetRatioAlertTimeline } from './get-ratio-alert-timeline.query';

@ApiTags('finance-ratio')
@Controller('finance-ratio/ratio-alerts')
export class GetRatioAlertTimelineController extends RatioAlertEndpoint {
  @Get(':id/timeline')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the ratio alert with its actor and time' })
  @ApiOkResponse({ type: RatioAlertTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<RatioAlertTimelineResponse> {
    return { ratioAlertId: id, events: await this.queries.execute(new GetRatioAlertTimeline(caller, id)) };
  }
}
