import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { InvalidateComplaint } from './invalidate-complaint.command';
import { InvalidateDto } from './invalidate-complaint.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class InvalidateComplaintController extends ComplaintEndpoint {
  @ComplaintCommandRoute('invalidate', 'The complaint does not stand; record the explanation given to the customer (IN-6)', ['customer_service', 'sales_assistant', 'business_head'])
  async invalidate(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: InvalidateDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new InvalidateComplaint(caller, id, body)));
  }
}
