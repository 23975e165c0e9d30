import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { RefuseReturnStepDto } from './refuse-return-step.request.dto';

export class RefuseReturnStep extends AggregateRequest<ReturnRequestView, RefuseReturnStepDto> {}
