import { CallerQuery, Page } from '@aftersales/platform';
import { AlertView } from '../../alerts.projection';
import { ListAlertsQuery } from './list-alerts.request.dto';

export class ListAlerts extends CallerQuery<Page<AlertView>, ListAlertsQuery> {}
