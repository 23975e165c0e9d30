import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles, text } from '@aftersales/platform';
import { ComplaintEndpoint } from '../../use-case-kit';
import { GetCurrentPolicy } from './get-current-policy.query';

export class PolicyResponse {
  @ApiProperty(text(100, { example: 'default@3', description: 'What decisions record as policyVersion' }))
  policyVersion!: string;

  @ApiProperty(text(23, { pattern: '^sha256:[0-9a-f]{16}$', description: 'SHA-256 of the canonical policy document (first 16 hex digits)' }))
  policyDigest!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The policy document (docs/intake.md); `schema` describes it' })
  policy!: object;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The JSON Schema the policy is validated against at start' })
  schema!: object;
}

@ApiTags('intake')
@Controller('policies')
export class GetCurrentPolicyController extends ComplaintEndpoint {
  @Get('current')
  @Roles('customer_service', 'sales', 'sales_assistant', 'business_head', 'general_manager', 'qa', 'dispatcher', 'finance', 'auditor', 'admin')
  @ApiOperation({ summary: 'The acceptance and response policy in force, as decisions record it, with its JSON Schema' })
  @ApiOkResponse({ type: PolicyResponse })
  current(): Promise<PolicyResponse> {
    return this.queries.execute(new GetCurrentPolicy());
  }
}
