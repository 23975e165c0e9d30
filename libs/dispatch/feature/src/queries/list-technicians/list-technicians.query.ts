import { CallerQuery, Page } from '@aftersales/platform';
import { TechnicianView } from '../../use-case-kit';
import { ListTechniciansQuery } from './list-technicians.request.dto';

export class ListTechnicians extends CallerQuery<Page<TechnicianView>, ListTechniciansQuery> {}
