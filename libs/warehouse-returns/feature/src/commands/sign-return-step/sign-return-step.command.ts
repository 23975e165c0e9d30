import { AggregateRequest } from '@aftersales/platform';
import { ReturnRequestView } from '../../use-case-kit';
import { SignReturnStepDto } from './sign-return-step.request.dto';

export class SignReturnStep extends AggregateRequest<ReturnRequestView, SignReturnStepDto> {}
