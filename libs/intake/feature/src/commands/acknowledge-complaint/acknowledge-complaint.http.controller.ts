import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { AcknowledgeComplaint } from './acknowledge-complaint.command';
import { NoteDto } from './acknowledge-complaint.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class AcknowledgeComplaintController extends ComplaintEndpoint {
  @ComplaintCommandRoute('acknowledge', 'The customer has been answered (IN-7)', ['customer_service', 'sales'])
  async acknowledge(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: NoteDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new AcknowledgeComplaint(caller, id, body)));
  }
}
