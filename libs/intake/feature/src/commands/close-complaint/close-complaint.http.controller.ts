import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { CloseComplaint } from './close-complaint.command';
import { CloseDto } from './close-complaint.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class CloseComplaintController extends ComplaintEndpoint {
  @ComplaintCommandRoute('close', 'Close an answered complaint with the resolution', ['customer_service', 'sales_assistant', 'business_head'])
  async close(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: CloseDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new CloseComplaint(caller, id, body)));
  }
}
