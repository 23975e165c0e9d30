import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { IdParam, InspectionCommandRoute, QaController, QaEndpoint } from '../../qa.http';
import { InspectionResponseDto } from '../../inspection.response.dto';
import { RecordInspectionFindings } from './record-inspection-findings.command';
import { RecordInspectionFindingsDto } from './record-inspection-findings.request.dto';

@QaController('inspections')
export class RecordInspectionFindingsController extends QaEndpoint {
  @InspectionCommandRoute('findings', 'Record QA\'s finding per returned line (QA-6); a line\'s later finding replaces its earlier one until the inspection completes', {
    422: [
      QA.INSPECTION_LINE_UNKNOWN,
      QA.INSPECTION_LINE_REPEATED,
      QA.RESPONSIBLE_PARTY_REQUIRED,
      QA.RESPONSIBLE_PARTY_NOT_APPLICABLE,
      QA.DAMAGE_REASON_REQUIRED,
      QA.INSPECTION_CAPA_NOT_LINKABLE,
    ],
  })
  async record(@Caller() caller: Caller, @IdParam() id: string, @Body() body: RecordInspectionFindingsDto): Promise<InspectionResponseDto> {
    return this.presenter.inspection(await this.commands.execute(new RecordInspectionFindings(caller, id, body)));
  }
}
