import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { BookReturnDto } from './book-return.request.dto';

export class BookReturn extends AggregateRequest<ReturnRequestView, BookReturnDto> {}
