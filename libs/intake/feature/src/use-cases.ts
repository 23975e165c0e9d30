import { AcknowledgeComplaintHandler } from './commands/acknowledge-complaint/acknowledge-complaint.handler';
import { AcknowledgeComplaintController } from './commands/acknowledge-complaint/acknowledge-complaint.http.controller';
import { CloseComplaintHandler } from './commands/close-complaint/close-complaint.handler';
import { CloseComplaintController } from './commands/close-complaint/close-complaint.http.controller';
import { EscalateComplaintHandler } from './commands/escalate-complaint/escalate-complaint.handler';
import { EscalateComplaintController } from './commands/escalate-complaint/escalate-complaint.http.controller';
import { ForwardComplaintHandler } from './commands/forward-complaint/forward-complaint.handler';
import { ForwardComplaintController } from './commands/forward-complaint/forward-complaint.http.controller';
import { InvalidateComplaintHandler } from './commands/invalidate-complaint/invalidate-complaint.handler';
import { InvalidateComplaintController } from './commands/invalidate-complaint/invalidate-complaint.http.controller';
import { RecountComplaintDeadlinesHandler } from './commands/recount-complaint-deadlines/recount-complaint-deadlines.handler';
import { RecountComplaintDeadlinesController } from './commands/recount-complaint-deadlines/recount-complaint-deadlines.http.controller';
import { ReassessComplaintHandler } from './commands/reassess-complaint/reassess-complaint.handler';
import { ReassessComplaintController } from './commands/reassess-complaint/reassess-complaint.http.controller';
import { RegisterComplaintHandler } from './commands/register-complaint/register-complaint.handler';
import { RegisterComplaintController } from './commands/register-complaint/register-complaint.http.controller';
import { WithdrawComplaintHandler } from './commands/withdraw-complaint/withdraw-complaint.handler';
import { WithdrawComplaintController } from './commands/withdraw-complaint/withdraw-complaint.http.controller';
import { GetComplaintHandler } from './queries/get-complaint/get-complaint.handler';
import { GetComplaintController } from './queries/get-complaint/get-complaint.http.controller';
import { GetComplaintTimelineHandler } from './queries/get-complaint-timeline/get-complaint-timeline.handler';
import { GetComplaintTimelineController } from './queries/get-complaint-timeline/get-complaint-timeline.http.controller';
import { GetCurrentPolicyHandler } from './queries/get-current-policy/get-current-policy.handler';
import { GetCurrentPolicyController } from './queries/get-current-policy/get-current-policy.http.controller';
import { ListComplaintsHandler } from './queries/list-complaints/list-complaints.handler';
import { ListComplaintsController } from './queries/list-complaints/list-complaints.http.controller';

/** Intake's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const INTAKE_USE_CASES = {
  controllers: [
    RegisterComplaintController,
    ListComplaintsController,
    GetComplaintController,
    GetComplaintTimelineController,
    AcknowledgeComplaintController,
    ForwardComplaintController,
    InvalidateComplaintController,
    WithdrawComplaintController,
    EscalateComplaintController,
    CloseComplaintController,
    ReassessComplaintController,
    RecountComplaintDeadlinesController,
    GetCurrentPolicyController,
  ],
  handlers: [
    RegisterComplaintHandler,
    ListComplaintsHandler,
    GetComplaintHandler,
    GetComplaintTimelineHandler,
    AcknowledgeComplaintHandler,
    ForwardComplaintHandler,
    InvalidateComplaintHandler,
    WithdrawComplaintHandler,
    EscalateComplaintHandler,
    CloseComplaintHandler,
    ReassessComplaintHandler,
    RecountComplaintDeadlinesHandler,
    GetCurrentPolicyHandler,
  ],
};
