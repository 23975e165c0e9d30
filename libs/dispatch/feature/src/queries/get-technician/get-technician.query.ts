import { AggregateQuery } from '@aftersales/platform';
import { TechnicianView } from '../../use-case-kit';

export class GetTechnician extends AggregateQuery<TechnicianView> {}
