import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { IDEMPOTENCY_KEY, TECHNICIAN_ADMINS, TechnicianResponseDto, WorkOrderEndpoint } from '../../use-case-kit';
import { RegisterTechnician } from './register-technician.command';
import { RegisterTechnicianDto } from './register-technician.request.dto';

@ApiTags('dispatch')
@Controller('technicians')
export class RegisterTechnicianController extends WorkOrderEndpoint {
  @Post()
  @Roles(...TECHNICIAN_ADMINS)
  @ApiOperation({ summary: 'TR-2: Register a technician (ours or a dealer\'s) under their user id' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: RegisterTechnicianDto })
  @ApiCreatedResponse({ type: TechnicianResponseDto, description: 'Registered' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 404: [DISPATCH.OUTLET_NOT_FOUND], 409: [DISPATCH.TECHNICIAN_EXISTS] }, CONCURRENCY_ERRORS)
  async register(@Caller() caller: Caller, @Body() body: RegisterTechnicianDto, @Created() created: CreatedResource): Promise<TechnicianResponseDto> {
    const view = await this.commands.execute(new RegisterTechnician(caller, body));
    created.at(view.technicianId);
    return this.presenter.technician(view);
  }
}
