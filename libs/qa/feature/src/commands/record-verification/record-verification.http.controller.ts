import { Body, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, IDEMPOTENCY_ERRORS, OwnRecordsOnly, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { CAPA_NOT_FOUND, IDEMPOTENCY_KEY, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { CapaResponseDto } from '../../qa.response.dto';
import { RecordVerification } from './record-verification.command';
import { VerificationDto } from './record-verification.request.dto';

@QaController('capas')
export class RecordVerificationController extends QaEndpoint {
  @Post(':id/verifications')
  @Roles('qa', 'sales')
  // A salesperson verifies the CAPAs of the cases they are a stakeholder of (CapaCommandHandler).
  @OwnRecordsOnly('sales')
  @ApiOperation({ summary: 'Record one checked later shipment (QA-4); a failure reopens a closed CAPA' })
  @IDEMPOTENCY_KEY
  @ApiCreatedResponse({ type: CapaResponseDto, description: 'The CAPA with the verification' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, CAPA_NOT_FOUND, { 422: [QA.VERIFICATION_BEFORE_CAPA, QA.VERIFICATION_IN_FUTURE] }, CONCURRENCY_ERRORS)
  async verify(@Caller() caller: Caller, @IdParam() id: string, @Body() body: VerificationDto) {
    return this.presenter.capa(await this.commands.execute(new RecordVerification(caller, id, body)));
  }
}
