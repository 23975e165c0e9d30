import { CallerQuery, Page } from '@aftersales/platform';
import { ComplaintView } from '../../complaint-view';
import { ListComplaintsQuery } from './list-complaints.request.dto';

export class ListComplaints extends CallerQuery<Page<ComplaintView>, ListComplaintsQuery> {}
