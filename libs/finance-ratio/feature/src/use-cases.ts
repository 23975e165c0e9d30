import { AcknowledgeAlertHandler } from './commands/acknowledge-alert/acknowledge-alert.handler';
import { AcknowledgeAlertController } from './commands/acknowledge-alert/acknowledge-alert.http.controller';
import { ImportPurchasesHandler } from './commands/import-purchases/import-purchases.handler';
import { ImportPurchasesController } from './commands/import-purchases/import-purchases.http.controller';
import { RecordPurchasesHandler } from './commands/record-purchases/record-purchases.handler';
import { RecordPurchasesController } from './commands/record-purchases/record-purchases.http.controller';
import { ReevaluateRatioHandler } from './commands/reevaluate-ratio/reevaluate-ratio.handler';
import { ReevaluateRatioController } from './commands/reevaluate-ratio/reevaluate-ratio.http.controller';
import { AdjustCostEntryHandler, GetCostEntryHandler, RecordCostEntryHandler } from './commands/record-cost-entry/record-cost-entry.handler';
import { RecordCostEntryController } from './commands/record-cost-entry/record-cost-entry.http.controller';
import {
  ApproveRewardPenaltyHandler,
  ListRewardsPenaltiesHandler,
  ProposeRewardPenaltyHandler,
  RejectRewardPenaltyHandler,
} from './commands/propose-reward-penalty/propose-reward-penalty.handler';
import { RewardsPenaltiesController } from './commands/propose-reward-penalty/propose-reward-penalty.http.controller';
import { GetCostReportHandler } from './queries/get-cost-report/get-cost-report.handler';
import { GetCostReportController } from './queries/get-cost-report/get-cost-report.http.controller';
import { GetRatioHandler } from './queries/get-ratio/get-ratio.handler';
import { GetRatioController } from './queries/get-ratio/get-ratio.http.controller';
import { ListAlertsHandler } from './queries/list-alerts/list-alerts.handler';
import { ListAlertsController } from './queries/list-alerts/list-alerts.http.controller';

/** FinanceRatio's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const FINANCE_RATIO_USE_CASES = {
  controllers: [RecordPurchasesController, ImportPurchasesController, GetRatioController, ReevaluateRatioController, ListAlertsController, AcknowledgeAlertController, RecordCostEntryController, GetCostReportController, RewardsPenaltiesController],
  handlers: [
    RecordPurchasesHandler,
    ImportPurchasesHandler,
    GetRatioHandler,
    ReevaluateRatioHandler,
    ListAlertsHandler,
    AcknowledgeAlertHandler,
    RecordCostEntryHandler,
    AdjustCostEntryHandler,
    GetCostEntryHandler,
    GetCostReportHandler,
    ProposeRewardPenaltyHandler,
    ApproveRewardPenaltyHandler,
    RejectRewardPenaltyHandler,
    ListRewardsPenaltiesHandler,
  ],
};
