import { AggregateQuery } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';

export class GetCase extends AggregateQuery<QualityCaseView> {}
