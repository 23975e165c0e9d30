import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { POLICY_SCHEMA } from '@aftersales/intake-domain';
import { PolicyContexts } from '../../use-case-kit';
import { PolicyResponse } from './get-current-policy.http.controller';
import { GetCurrentPolicy } from './get-current-policy.query';

/** The acceptance and response policy in force (IN-3..IN-8), as decisions record it. */
@QueryHandler(GetCurrentPolicy)
export class GetCurrentPolicyHandler implements IQueryHandler<GetCurrentPolicy> {
  constructor(private readonly contexts: PolicyContexts) {}

  async execute(): Promise<PolicyResponse> {
    const { policy, version, digest } = this.contexts.loaded;
    return { policyVersion: version, policyDigest: digest, policy, schema: POLICY_SCHEMA };
  }
}
