import { Query } from '@nestjs/cqrs';
import { PolicyResponse } from './get-current-policy.http.controller';

export class GetCurrentPolicy extends Query<PolicyResponse> {}
