import { Caller } from '@aftersales/platform';
import { CAPA_NOT_FOUND, IdParam, QaController, QaEndpoint, QaReadRoute } from '../../qa.http';
import { CapaResponseDto } from '../../qa.response.dto';
import { GetCapa } from './get-capa.query';

@QaController('capas')
export class GetCapaController extends QaEndpoint {
  @QaReadRoute(':id', 'One CAPA (read from its own stream: always current)', CapaResponseDto, CAPA_NOT_FOUND)
  async get(@Caller() caller: Caller, @IdParam() id: string) {
    return this.presenter.capa(await this.queries.execute(new GetCapa(caller, id)));
  }
}
