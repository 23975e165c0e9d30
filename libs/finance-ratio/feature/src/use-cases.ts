import { CloseRatioAlertHandler } from './commands/close-ratio-alert/close-ratio-alert.handler';
import { CloseRatioAlertController } from './commands/close-ratio-alert/close-ratio-alert.http.controller';
import { OpenRatioAlertHandler } from './commands/open-ratio-alert/open-ratio-alert.handler';
import { OpenRatioAlertController } from './commands/open-ratio-alert/open-ratio-alert.http.controller';
import { GetRatioAlertHandler } from './queries/get-ratio-alert/get-ratio-alert.handler';
import { GetRatioAlertController } from './queries/get-ratio-alert/get-ratio-alert.http.controller';
import { GetRatioAlertTimelineHandler } from './queries/get-ratio-alert-timeline/get-ratio-alert-timeline.handler';
import { GetRatioAlertTimelineController } from './queries/get-ratio-alert-timeline/get-ratio-alert-timeline.http.controller';
import { ListRatioAlertsHandler } from './queries/list-ratio-alerts/list-ratio-alerts.handler';
import { ListRatioAlertsController } from './queries/list-ratio-alerts/list-ratio-alerts.http.controller';

/** FinanceRatio's use cases (one folder each): their HTTP controllers and their CommandBus/QueryBus handlers. */
export const FINANCE_RATIO_USE_CASES = {
  controllers: [OpenRatioAlertController, ListRatioAlertsController, GetRatioAlertController, GetRatioAlertTimelineController, CloseRatioAlertController],
  handlers: [OpenRatioAlertHandler, ListRatioAlertsHandler, GetRatioAlertHandler, GetRatioAlertTimelineHandler, CloseRatioAlertHandler],
};
