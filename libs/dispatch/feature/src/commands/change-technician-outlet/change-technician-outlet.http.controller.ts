import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { IDEMPOTENCY_KEY, TECHNICIAN_ADMINS, TechnicianResponseDto, WorkOrderEndpoint, externalIdParam } from '../../use-case-kit';
import { ChangeTechnicianOutlet } from './change-technician-outlet.command';
import { ChangeTechnicianOutletDto } from './change-technician-outlet.request.dto';

@ApiTags('dispatch')
@Controller('technicians')
export class ChangeTechnicianOutletController extends WorkOrderEndpoint {
  @Post(':technicianId/outlet')
  @HttpCode(200)
  @Roles(...TECHNICIAN_ADMINS)
  @ApiOperation({
    summary: "DI-2: Move a technician onto another open outlet's staff (of their region); the orders assigned to them stay theirs",
  })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: TechnicianResponseDto, description: 'The technician after the move' })
  @ApiErrors(
    BODY_ERRORS,
    PARAMETER_ERRORS,
    IDEMPOTENCY_ERRORS,
    { 404: [DISPATCH.TECHNICIAN_NOT_FOUND, DISPATCH.OUTLET_NOT_FOUND], 409: [DISPATCH.OUTLET_CLOSED, DISPATCH.TECHNICIAN_AT_OUTLET_ALREADY], 422: [DISPATCH.OUTLET_REGION_MISMATCH] },
    CONCURRENCY_ERRORS,
  )
  async changeOutlet(@Caller() caller: Caller, @Param('technicianId', externalIdParam('technicianId')) technicianId: string, @Body() body: ChangeTechnicianOutletDto): Promise<TechnicianResponseDto> {
    return this.presenter.technician(await this.commands.execute(new ChangeTechnicianOutlet(caller, technicianId, body)));
  }
}
