import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { IDEMPOTENCY_KEY, TECHNICIAN_ADMINS, TechnicianResponseDto, WorkOrderEndpoint, externalIdParam } from '../../use-case-kit';
import { AddQualification } from './add-qualification.command';
import { AddQualificationDto } from './add-qualification.request.dto';

@ApiTags('dispatch')
@Controller('technicians')
export class AddQualificationController extends WorkOrderEndpoint {
  @Post(':technicianId/qualifications')
  @HttpCode(200)
  @Roles(...TECHNICIAN_ADMINS)
  @ApiOperation({ summary: 'TR-2: Add a product-line qualification with its issue date and expiry' })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: TechnicianResponseDto, description: 'The technician after the command' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, { 404: [DISPATCH.TECHNICIAN_NOT_FOUND], 422: [DISPATCH.QUALIFICATION_DATES_INVALID] }, CONCURRENCY_ERRORS)
  async addQualification(@Caller() caller: Caller, @Param('technicianId', externalIdParam('technicianId')) technicianId: string, @Body() body: AddQualificationDto): Promise<TechnicianResponseDto> {
    return this.presenter.technician(await this.commands.execute(new AddQualification(caller, technicianId, body)));
  }
}
