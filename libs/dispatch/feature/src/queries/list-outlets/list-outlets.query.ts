import { CallerQuery, Page } from '@aftersales/platform';
import { OutletView } from '../../use-case-kit';
import { ListOutletsQuery } from './list-outlets.request.dto';

export class ListOutlets extends CallerQuery<Page<OutletView>, ListOutletsQuery> {}
