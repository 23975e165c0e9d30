import { CallerQuery, Page } from '@aftersales/platform';
import { ComplaintView } from '../../use-case-kit';
import { ListComplaintsQuery } from './list-complaints.request.dto';

export class ListComplaints extends CallerQuery<Page<ComplaintView>, ListComplaintsQuery> {}
