import { AggregateQuery } from '@aftersales/platform';
import { CapaView } from '../../case-view';

export class GetCapa extends AggregateQuery<CapaView> {}
