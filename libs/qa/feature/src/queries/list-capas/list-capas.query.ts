import { CallerQuery, Page } from '@aftersales/platform';
import { CapaView } from '../../case-view';
import { ListCapasQuery } from './list-capas.request.dto';

export class ListCapas extends CallerQuery<Page<CapaView>, ListCapasQuery> {}
