import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { TECHNICIAN_READERS, TechnicianResponseDto, WorkOrderEndpoint, externalIdParam } from '../../use-case-kit';
import { GetTechnician } from './get-technician.query';

@ApiTags('dispatch')
@Controller('technicians')
export class GetTechnicianController extends WorkOrderEndpoint {
  @Get(':technicianId')
  @Roles(...TECHNICIAN_READERS)
  @ApiOperation({ summary: 'One technician with their qualifications' })
  @ApiOkResponse({ type: TechnicianResponseDto })
  @ApiErrors(PARAMETER_ERRORS, { 404: [DISPATCH.TECHNICIAN_NOT_FOUND] })
  async getTechnician(@Caller() caller: Caller, @Param('technicianId', externalIdParam('technicianId')) technicianId: string): Promise<TechnicianResponseDto> {
    return this.presenter.technician(await this.queries.execute(new GetTechnician(caller, technicianId)));
  }
}
