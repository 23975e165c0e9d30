import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { ASSIGNERS, NOT_FOUND, WorkOrderEndpoint } from '../../use-case-kit';
import { SuggestTechnicians } from './suggest-technicians.query';
import { SuggestTechniciansQuery } from './suggest-technicians.request.dto';
import { SuggestionsResponse } from './suggest-technicians.response.dto';

@ApiTags('dispatch')
@Controller('dispatch/suggestions')
export class SuggestTechniciansController extends WorkOrderEndpoint {
  @Get()
  @Roles(...ASSIGNERS)
  @ApiOperation({ summary: "TR-2: Technicians for a work order, ranked by a valid qualification, region, open load and time left to their earliest commitment, each with why (DI-2: an outlet's staff, for their outlet's orders, among their outlet's technicians)" })
  @ApiOkResponse({ type: SuggestionsResponse })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async suggest(@Caller() caller: Caller, @Query() query: SuggestTechniciansQuery): Promise<SuggestionsResponse> {
    return this.queries.execute(new SuggestTechnicians(caller, query));
  }
}
