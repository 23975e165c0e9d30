import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { SUPERVISORS, ComplaintCommandRoute, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { ReassessComplaint } from './reassess-complaint.command';
import { ReassessDto } from './reassess-complaint.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class ReassessComplaintController extends ComplaintEndpoint {
  @ComplaintCommandRoute('reassess', "A supervisor re-evaluates acceptance with corrected evidence, or overrides the policy's outcome with a justification", SUPERVISORS)
  async reassess(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ReassessDto): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.commands.execute(new ReassessComplaint(caller, id, body)));
  }
}
