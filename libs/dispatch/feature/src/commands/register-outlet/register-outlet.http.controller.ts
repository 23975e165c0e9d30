import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { IDEMPOTENCY_KEY, OutletResponseDto, TECHNICIAN_ADMINS, WorkOrderEndpoint } from '../../use-case-kit';
import { RegisterOutlet } from './register-outlet.command';
import { RegisterOutletDto } from './register-outlet.request.dto';

@ApiTags('dispatch')
@Controller('outlets')
export class RegisterOutletController extends WorkOrderEndpoint {
  @Post()
  @Roles(...TECHNICIAN_ADMINS)
  @ApiOperation({ summary: 'DI-2: Register a service outlet with its region, scopes, address and published contact' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: RegisterOutletDto })
  @ApiCreatedResponse({ type: OutletResponseDto, description: 'Registered' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [DISPATCH.OUTLET_EXISTS] }, CONCURRENCY_ERRORS)
  async registerOutlet(@Caller() caller: Caller, @Body() body: RegisterOutletDto, @Created() created: CreatedResource): Promise<OutletResponseDto> {
    const view = await this.commands.execute(new RegisterOutlet(caller, body));
    created.at(view.outletId);
    return this.presenter.outlet(view);
  }
}
