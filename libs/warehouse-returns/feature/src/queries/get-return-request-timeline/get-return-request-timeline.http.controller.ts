import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { ReturnRequestEndpoint, NOT_FOUND, READERS, ReturnRequestTimelineResponse } from '../../use-case-kit';
import { GetReturnRequestTimeline } from './get-return-request-timeline.query';

@ApiTags('returns')
@Controller('returns')
export class GetReturnRequestTimelineController extends ReturnRequestEndpoint {
  @Get(':id/timeline')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the return request with its actor and time' })
  @ApiOkResponse({ type: ReturnRequestTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ReturnRequestTimelineResponse> {
    return { returnRequestId: id, events: await this.queries.execute(new GetReturnRequestTimeline(caller, id)) };
  }
}
