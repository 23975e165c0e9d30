import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { ReviewPreliminaryReport } from './review-preliminary-report.command';
import { ReviewDto } from './review-preliminary-report.request.dto';

@QaController('cases')
export class ReviewPreliminaryReportController extends QaEndpoint {
  @CaseCommandRoute('preliminary-report/review', 'The general manager approves (the customer may be served first) or rejects the preliminary report', ['general_manager'], { 409: [QA.NO_PRELIMINARY_REPORT_PENDING], 422: [QA.REASON_REQUIRED] })
  async review(@Caller() caller: Caller, @IdParam() id: string, @Body() body: ReviewDto) {
    return this.presenter.case(await this.commands.execute(new ReviewPreliminaryReport(caller, id, body)));
  }
}
