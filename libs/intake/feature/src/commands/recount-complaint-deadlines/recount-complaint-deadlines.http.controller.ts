import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { ComplaintReasonDto } from '../withdraw-complaint/withdraw-complaint.request.dto';
import { RecountComplaintDeadlines } from './recount-complaint-deadlines.command';

@ApiTags('intake')
@Controller('complaints')
export class RecountComplaintDeadlinesController extends ComplaintEndpoint {
  @ComplaintCommandRoute(
    'recount-deadlines',
    "Count the deadlines still running again on the region's calendar in force now (after a calendar year was published, ADR 013); recorded with the old and new calendar versions",
    ['admin'],
  )
  async recount(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ComplaintReasonDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new RecountComplaintDeadlines(caller, id, body)));
  }
}
