import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, OwnRecordsOnly, Roles, uuidParam } from '@aftersales/platform';
import { WorkOrderEndpoint, NOT_FOUND, OUTLET_STAFF, READERS, WorkOrderTimelineResponse } from '../../use-case-kit';
import { GetWorkOrderTimeline } from './get-work-order-timeline.query';

@ApiTags('dispatch')
@Controller('work-orders')
export class GetWorkOrderTimelineController extends WorkOrderEndpoint {
  @Get(':id/timeline')
  @Roles(...READERS)
  @OwnRecordsOnly(...OUTLET_STAFF)
  @ApiOperation({ summary: 'Every event of the work order with its actor and time' })
  @ApiOkResponse({ type: WorkOrderTimelineResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async timeline(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<WorkOrderTimelineResponse> {
    return { workOrderId: id, events: await this.queries.execute(new GetWorkOrderTimeline(caller, id)) };
  }
}
