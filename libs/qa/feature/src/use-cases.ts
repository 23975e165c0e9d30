import { CancelCaseHandler } from './commands/cancel-case/cancel-case.handler';
import { CancelCaseController } from './commands/cancel-case/cancel-case.http.controller';
import { ChangeSeverityHandler } from './commands/change-severity/change-severity.handler';
import { ChangeSeverityController } from './commands/change-severity/change-severity.http.controller';
import { RecountCaseDeadlinesHandler } from './commands/recount-deadlines/recount-deadlines.handler';
import { RecountCaseDeadlinesController } from './commands/recount-deadlines/recount-deadlines.http.controller';
import { CloseCapaHandler } from './commands/close-capa/close-capa.handler';
import { CloseCapaController } from './commands/close-capa/close-capa.http.controller';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { CloseCaseController } from './commands/close-case/close-case.http.controller';
import { DecideDispositionHandler } from './commands/decide-disposition/decide-disposition.handler';
import { DecideDispositionController } from './commands/decide-disposition/decide-disposition.http.controller';
import { InstructDepartmentsHandler } from './commands/instruct-departments/instruct-departments.handler';
import { InstructDepartmentsController } from './commands/instruct-departments/instruct-departments.http.controller';
import { IssuePreliminaryReportHandler } from './commands/issue-preliminary-report/issue-preliminary-report.handler';
import { IssuePreliminaryReportController } from './commands/issue-preliminary-report/issue-preliminary-report.http.controller';
import { MakeDeterminationHandler } from './commands/make-determination/make-determination.handler';
import { MakeDeterminationController } from './commands/make-determination/make-determination.http.controller';
import { OpenCapaHandler } from './commands/open-capa/open-capa.handler';
import { OpenCapaController } from './commands/open-capa/open-capa.http.controller';
import { OpenCaseHandler } from './commands/open-case/open-case.handler';
import { OpenCaseController } from './commands/open-case/open-case.http.controller';
import { RecordFindingsHandler } from './commands/record-findings/record-findings.handler';
import { RecordFindingsController } from './commands/record-findings/record-findings.http.controller';
import { RecordOpinionHandler } from './commands/record-opinion/record-opinion.handler';
import { RecordOpinionController } from './commands/record-opinion/record-opinion.http.controller';
import { RecordVerificationHandler } from './commands/record-verification/record-verification.handler';
import { RecordVerificationController } from './commands/record-verification/record-verification.http.controller';
import { ReviewPreliminaryReportHandler } from './commands/review-preliminary-report/review-preliminary-report.handler';
import { ReviewPreliminaryReportController } from './commands/review-preliminary-report/review-preliminary-report.http.controller';
import { UpdateCapaHandler } from './commands/update-capa/update-capa.handler';
import { UpdateCapaController } from './commands/update-capa/update-capa.http.controller';
import { GetCapaHandler } from './queries/get-capa/get-capa.handler';
import { GetCapaController } from './queries/get-capa/get-capa.http.controller';
import { GetCapaTimelineHandler } from './queries/get-capa-timeline/get-capa-timeline.handler';
import { GetCapaTimelineController } from './queries/get-capa-timeline/get-capa-timeline.http.controller';
import { GetCaseHandler } from './queries/get-case/get-case.handler';
import { GetCaseController } from './queries/get-case/get-case.http.controller';
import { GetCaseTimelineHandler } from './queries/get-case-timeline/get-case-timeline.handler';
import { GetCaseTimelineController } from './queries/get-case-timeline/get-case-timeline.http.controller';
import { GetMonthlyReportHandler } from './queries/get-monthly-report/get-monthly-report.handler';
import { GetMonthlyReportController } from './queries/get-monthly-report/get-monthly-report.http.controller';
import { ListCapasHandler } from './queries/list-capas/list-capas.handler';
import { ListCapasController } from './queries/list-capas/list-capas.http.controller';
import { ListCasesHandler } from './queries/list-cases/list-cases.handler';
import { ListCasesController } from './queries/list-cases/list-cases.http.controller';
import { ListInspectionsHandler } from './queries/list-inspections/list-inspections.handler';
import { ListInspectionsController } from './queries/list-inspections/list-inspections.http.controller';
import { GetInspectionHandler } from './queries/get-inspection/get-inspection.handler';
import { GetInspectionController } from './queries/get-inspection/get-inspection.http.controller';
import { GetInspectionTimelineHandler } from './queries/get-inspection-timeline/get-inspection-timeline.handler';
import { GetInspectionTimelineController } from './queries/get-inspection-timeline/get-inspection-timeline.http.controller';
import { RecordInspectionFindingsHandler } from './commands/record-inspection-findings/record-inspection-findings.handler';
import { RecordInspectionFindingsController } from './commands/record-inspection-findings/record-inspection-findings.http.controller';
import { CompleteInspectionHandler } from './commands/complete-inspection/complete-inspection.handler';
import { CompleteInspectionController } from './commands/complete-inspection/complete-inspection.http.controller';

/** QA's use cases (one folder each): their HTTP controllers, in the API's order, and their CommandBus/QueryBus handlers. */
export const QA_USE_CASES = {
  controllers: [
    OpenCaseController,
    ListCasesController,
    GetCaseController,
    GetCaseTimelineController,
    ChangeSeverityController,
    RecountCaseDeadlinesController,
    RecordOpinionController,
    InstructDepartmentsController,
    RecordFindingsController,
    MakeDeterminationController,
    IssuePreliminaryReportController,
    ReviewPreliminaryReportController,
    DecideDispositionController,
    CloseCaseController,
    CancelCaseController,
    OpenCapaController,
    ListCapasController,
    GetCapaController,
    GetCapaTimelineController,
    UpdateCapaController,
    RecordVerificationController,
    CloseCapaController,
    GetMonthlyReportController,
    ListInspectionsController,
    GetInspectionController,
    GetInspectionTimelineController,
    RecordInspectionFindingsController,
    CompleteInspectionController,
  ],
  handlers: [
    OpenCaseHandler,
    ListCasesHandler,
    GetCaseHandler,
    GetCaseTimelineHandler,
    ChangeSeverityHandler,
    RecountCaseDeadlinesHandler,
    RecordOpinionHandler,
    InstructDepartmentsHandler,
    RecordFindingsHandler,
    MakeDeterminationHandler,
    IssuePreliminaryReportHandler,
    ReviewPreliminaryReportHandler,
    DecideDispositionHandler,
    CloseCaseHandler,
    CancelCaseHandler,
    OpenCapaHandler,
    ListCapasHandler,
    GetCapaHandler,
    GetCapaTimelineHandler,
    UpdateCapaHandler,
    RecordVerificationHandler,
    CloseCapaHandler,
    GetMonthlyReportHandler,
    ListInspectionsHandler,
    GetInspectionHandler,
    GetInspectionTimelineHandler,
    RecordInspectionFindingsHandler,
    CompleteInspectionHandler,
  ],
};
