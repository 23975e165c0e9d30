import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { EscalateComplaint } from './escalate-complaint.command';
import { EscalateDto } from './escalate-complaint.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class EscalateComplaintController extends ComplaintEndpoint {
  @ComplaintCommandRoute('escalate', 'Report the complaint up (IN-7); may raise severity', ['customer_service', 'sales', 'sales_assistant', 'business_head'])
  async escalate(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: EscalateDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new EscalateComplaint(caller, id, body)));
  }
}
