import { CallerQuery, Page } from '@aftersales/platform';
import { RatioAlertView } from '../../use-case-kit';
import { ListRatioAlertsQuery } from './list-ratio-alerts.request.dto';

export class ListRatioAlerts extends CallerQuery<Page<RatioAlertView>, ListRatioAlertsQuery> {}
