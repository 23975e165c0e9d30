import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { RatioAlertEndpoint, NOT_FOUND, READERS, RatioAlertResponseDto } from '../../use-case-kit';
import { GetRatioAlert } from './get-ratio-alert.query';

@ApiTags('finance-ratio')
@Controller('finance-ratio/ratio-alerts')
export class GetRatioAlertController extends RatioAlertEndpoint {
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One ratio alert (read from its own stream: always current)' })
  @ApiOkResponse({ type: RatioAlertResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<RatioAlertResponseDto> {
    return this.presenter.one(await this.queries.execute(new GetRatioAlert(caller, id)));
  }
}
