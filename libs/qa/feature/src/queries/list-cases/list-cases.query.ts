import { CallerQuery, Page } from '@aftersales/platform';
import { QualityCaseView } from '../../case-view';
import { ListCasesQuery } from './list-cases.request.dto';

export class ListCases extends CallerQuery<Page<QualityCaseView>, ListCasesQuery> {}
