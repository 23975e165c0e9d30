import { CallerQuery, Page } from '@aftersales/platform';
import { ReturnInspectionView } from '../../inspection-view';
import { ListInspectionsQuery } from './list-inspections.request.dto';

export class ListInspections extends CallerQuery<Page<ReturnInspectionView>, ListInspectionsQuery> {}
