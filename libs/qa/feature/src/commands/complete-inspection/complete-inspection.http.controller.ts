import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { IdParam, InspectionCommandRoute, QaController, QaEndpoint } from '../../qa.http';
import { InspectionResponseDto } from '../../inspection.response.dto';
import { CompleteInspection } from './complete-inspection.command';
import { CompleteInspectionDto } from './complete-inspection.request.dto';

@QaController('inspections')
export class CompleteInspectionController extends QaEndpoint {
  @InspectionCommandRoute(
    'complete',
    'Sign the inspection, or refuse to sign with the written reason when a line is customer damage (QA-6); publishes qa.public.ReturnInspected',
    { 409: [QA.FINDINGS_INCOMPLETE], 422: [QA.VERDICT_CONTRADICTS_FINDINGS, QA.REFUSAL_REASON_REQUIRED] },
  )
  async complete(@Caller() caller: Caller, @IdParam() id: string, @Body() body: CompleteInspectionDto): Promise<InspectionResponseDto> {
    return this.presenter.inspection(await this.commands.execute(new CompleteInspection(caller, id, body)));
  }
}
