import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { WithdrawComplaint } from './withdraw-complaint.command';
import { ComplaintReasonDto } from './withdraw-complaint.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class WithdrawComplaintController extends ComplaintEndpoint {
  @ComplaintCommandRoute('withdraw', 'The customer withdrew the complaint', ['customer_service', 'sales'])
  async withdraw(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ComplaintReasonDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new WithdrawComplaint(caller, id, body)));
  }
}
