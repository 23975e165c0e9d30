import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { TECHNICIAN_LISTERS, TechnicianPageResponse, WorkOrderEndpoint } from '../../use-case-kit';
import { ListTechnicians } from './list-technicians.query';
import { ListTechniciansQuery } from './list-technicians.request.dto';

@ApiTags('dispatch')
@Controller('technicians')
export class ListTechniciansController extends WorkOrderEndpoint {
  @Get()
  @Roles(...TECHNICIAN_LISTERS)
  @ApiOperation({ summary: "List technicians by name, with their qualifications (DI-2: an outlet's staff see their outlet's technicians only)" })
  @ApiOkResponse({ type: TechnicianPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async listTechnicians(@Caller() caller: Caller, @Query() query: ListTechniciansQuery): Promise<TechnicianPageResponse> {
    return this.presenter.technicians(await this.queries.execute(new ListTechnicians(caller, query)));
  }
}
