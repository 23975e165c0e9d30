import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { INTAKE } from '@aftersales/intake-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, Roles } from '@aftersales/platform';
import { ACCEPT_LANGUAGE, FRONT_DESK, IDEMPOTENCY_KEY, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { RegisterComplaint } from './register-complaint.command';
import { RegisterComplaintDto } from './register-complaint.request.dto';

const registerExample = {
  channel: 'hotline',
  receivedAt: '2026-03-03T10:00:00+08:00',
  customer: { id: 'C-10086', name: '华东机械有限公司', tier: 'key' },
  region: 'cn-east',
  product: { model: 'PX-200', serialNumber: 'SN-2026-000123', contractNumber: 'HT-2026-0042' },
  deliveredOn: '2026-02-27',
  goodsReceivedOn: '2026-03-02',
  shippedQuantity: 10,
  defectiveQuantity: 1,
  category: 'appearance',
  defect: { location: 'front panel', nature: 'scratch', firstSeenOn: '2026-03-02', attachments: ['att-photo-1'] },
  usedAsInstructed: true,
  requestedResolution: 'exchange',
  description: '面板有明显划痕，开箱即发现。',
};

@ApiTags('intake')
@Controller('complaints')
export class RegisterComplaintController extends ComplaintEndpoint {
  @Post()
  @Roles(...FRONT_DESK)
  @ApiOperation({ summary: 'Register a complaint (IN-1, IN-2); the policy decides acceptance at once (IN-3..IN-5)' })
  @IDEMPOTENCY_KEY
  @ACCEPT_LANGUAGE
  @ApiBody({ type: RegisterComplaintDto, examples: { appearance: { value: registerExample } } })
  @ApiCreatedResponse({ type: ComplaintResponseDto, description: 'Registered; the body is the complaint with its acceptance decision and deadlines' })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [INTAKE.COMPLAINT_EXISTS] }, CONCURRENCY_ERRORS)
  async register(@Caller() caller: Caller, @Body() body: RegisterComplaintDto, @Created() created: CreatedResource): Promise<ComplaintResponseDto> {
    const { view, replayed } = await this.commands.execute(new RegisterComplaint(caller, body));
    created.at(view.complaintId);
    if (replayed) created.replayed();
    return this.presenter.one(caller, view);
  }
}
