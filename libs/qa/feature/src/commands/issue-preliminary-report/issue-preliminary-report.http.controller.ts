import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { IssuePreliminaryReport } from './issue-preliminary-report.command';
import { PreliminaryReportDto } from './issue-preliminary-report.request.dto';

@QaController('cases')
export class IssuePreliminaryReportController extends QaEndpoint {
  @CaseCommandRoute('preliminary-report', 'Severe case, root cause slow: a preliminary report for general-manager approval (QA-3)', ['qa'], { 409: [QA.PRELIMINARY_REPORT_SEVERE_ONLY, QA.ALREADY_DETERMINED, QA.PRELIMINARY_REPORT.pending, QA.PRELIMINARY_REPORT.approved] })
  async preliminaryReport(@Caller() caller: Caller, @IdParam() id: string, @Body() body: PreliminaryReportDto) {
    return this.presenter.case(await this.commands.execute(new IssuePreliminaryReport(caller, id, body)));
  }
}
