import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ON_SITE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordExtraWorkConsent } from './record-extra-work-consent.command';
import { RecordExtraWorkConsentDto } from './record-extra-work-consent.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordExtraWorkConsentController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('extra-work-consent', 'DI-4: Record the customer\'s consent to (or refusal of) proposed extra work', ON_SITE, { 409: [DISPATCH.EXTRA_WORK_DECIDED], 422: [DISPATCH.EXTRA_WORK_UNKNOWN] })
  async recordExtraWorkConsent(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordExtraWorkConsentDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordExtraWorkConsent(caller, id, body)));
  }
}
