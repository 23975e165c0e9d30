import { AcknowledgeAlertHandler } from './commands/acknowledge-alert/acknowledge-alert.handler';
import { AcknowledgeAlertController } from './commands/acknowledge-alert/acknowledge-alert.http.controller';
import { ImportPurchasesHandler } from './commands/import-purchases/import-purchases.handler';
import { ImportPurchasesController } from './commands/import-purchases/import-purchases.http.controller';
import { RecordPurchasesHandler } from './commands/record-purchases/record-purchases.handler';
import { RecordPurchasesController } from './commands/record-purchases/record-purchases.http.controller';
import { ReevaluateRatioHandler } from './commands/reevaluate-ratio/reevaluate-ratio.handler';
import { ReevaluateRatioController } from './commands/reevaluate-ratio/reevaluate-ratio.http.controller';
import { GetRatioHandler } from './queries/get-ratio/get-ratio.handler';
import { GetRatioController } from './queries/get-ratio/get-ratio.http.controller';
import { ListAlertsHandler } from './queries/list-alerts/list-alerts.handler';
import { ListAlertsController } from './queries/list-alerts/list-alerts.http.controller';

/** FinanceRatio's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const FINANCE_RATIO_USE_CASES = {
  controllers: [RecordPurchasesController, ImportPurchasesController, GetRatioController, ReevaluateRatioController, ListAlertsController, AcknowledgeAlertController],
  handlers: [RecordPurchasesHandler, ImportPurchasesHandler, GetRatioHandler, ReevaluateRatioHandler, ListAlertsHandler, AcknowledgeAlertHandler],
};
