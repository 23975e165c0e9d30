import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { ForwardComplaint } from './forward-complaint.command';
import { ForwardDto } from './forward-complaint.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class ForwardComplaintController extends ComplaintEndpoint {
  @ComplaintCommandRoute('forward', 'Forward to the supervisor and the sales assistant (IN-8)', ['sales', 'customer_service'])
  async forward(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ForwardDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new ForwardComplaint(caller, id, body)));
  }
}
