import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { RatioAlertCommandRoute, RatioAlertEndpoint, HANDLERS, RatioAlertResponseDto } from '../../use-case-kit';
import { CloseRatioAlert } from './close-ratio-alert.command';
import { CloseRatioAlertDto } from './close-ratio-alert.request.dto';

@ApiTags('finance-ratio')
@Controller('finance-ratio/ratio-alerts')
export class CloseRatioAlertController extends RatioAlertEndpoint {
  @RatioAlertCommandRoute('close', 'Close a ratio alert with its resolution', HANDLERS)
  async close(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CloseRatioAlertDto): Promise<RatioAlertResponseDto> {
    return this.presenter.one(await this.commands.execute(new CloseRatioAlert(caller, id, body)));
  }
}
