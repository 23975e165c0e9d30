import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { StartRemoteAttemptDto } from './start-remote-attempt.request.dto';

export class StartRemoteAttempt extends AggregateRequest<WorkOrderView, StartRemoteAttemptDto> {}
