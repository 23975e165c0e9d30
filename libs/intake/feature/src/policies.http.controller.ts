import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform';
import { POLICY_SCHEMA } from '@aftersales/intake-domain';
import { ComplaintService } from './complaint.service';

@ApiTags('intake')
@ApiBearerAuth()
@Controller('policies')
export class PoliciesController {
  constructor(private readonly complaints: ComplaintService) {}

  @Get('current')
  @Roles('customer_service', 'sales', 'sales_assistant', 'business_head', 'general_manager', 'qa', 'dispatcher', 'finance', 'auditor', 'admin')
  @ApiOperation({ summary: 'The acceptance and response policy in force, as decisions record it, with its JSON Schema' })
  current() {
    const { policy, version, digest } = this.complaints.loaded;
    return { policyVersion: version, policyDigest: digest, policy, schema: POLICY_SCHEMA };
  }
}
