import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { RecordOpinion } from './record-opinion.command';
import { OpinionDto } from './record-opinion.request.dto';

@QaController('cases')
export class RecordOpinionController extends QaEndpoint {
  @CaseCommandRoute('opinion', "QA's opinion (minor) or initial opinion (severe), due in working days from receipt (QA-3)", ['qa'])
  async opinion(@Caller() caller: Caller, @IdParam() id: string, @Body() body: OpinionDto) {
    return this.presenter.case(await this.commands.execute(new RecordOpinion(caller, id, body)));
  }
}
