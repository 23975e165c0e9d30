import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { IDEMPOTENCY_KEY, OutletResponseDto, TECHNICIAN_ADMINS, WorkOrderEndpoint } from '../../use-case-kit';
import { CloseOutlet } from './close-outlet.command';
import { CloseOutletDto } from './close-outlet.request.dto';

@ApiTags('dispatch')
@Controller('outlets')
export class CloseOutletController extends WorkOrderEndpoint {
  @Post(':id/close')
  @HttpCode(200)
  @Roles(...TECHNICIAN_ADMINS)
  @ApiOperation({ summary: 'DI-2: Close an outlet; it leaves the public list' })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: OutletResponseDto, description: 'The outlet after the command' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, { 404: [DISPATCH.OUTLET_NOT_FOUND], 409: [DISPATCH.OUTLET_CLOSED] }, CONCURRENCY_ERRORS)
  async closeOutlet(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CloseOutletDto): Promise<OutletResponseDto> {
    return this.presenter.outlet(await this.commands.execute(new CloseOutlet(caller, id, body)));
  }
}
