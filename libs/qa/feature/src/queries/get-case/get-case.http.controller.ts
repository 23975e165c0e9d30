import { Caller } from '@aftersales/platform';
import { CASE_NOT_FOUND, IdParam, QaController, QaEndpoint, QaReadRoute } from '../../qa.http';
import { CaseResponseDto } from '../../qa.response.dto';
import { GetCase } from './get-case.query';

@QaController('cases')
export class GetCaseController extends QaEndpoint {
  @QaReadRoute(':id', 'One quality case (read from its own stream: always current)', CaseResponseDto, CASE_NOT_FOUND)
  async get(@Caller() caller: Caller, @IdParam() id: string) {
    return this.presenter.case(await this.queries.execute(new GetCase(caller, id)));
  }
}
