import { AggregateQuery } from '@aftersales/platform';
import { RatioAlertView } from '../../use-case-kit';

export class GetRatioAlert extends AggregateQuery<RatioAlertView> {}
