import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller, uuidParam } from '@aftersales/platform';
import { RETURN_NOTE_SENDERS, ReturnRequestCommandRoute, ReturnRequestEndpoint, ReturnRequestResponseDto } from '../../use-case-kit';
import { SendReturnNote } from './send-return-note.command';
import { SendReturnNoteDto } from './send-return-note.request.dto';

@ApiTags('returns')
@Controller('returns')
export class SendReturnNoteController extends ReturnRequestEndpoint {
  @ReturnRequestCommandRoute('return-note', "WR-6: The return note was sent to the customer (on time by 12:00 the next working day, or late)", RETURN_NOTE_SENDERS)
  async sendReturnNote(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: SendReturnNoteDto): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.commands.execute(new SendReturnNote(caller, id, body)));
  }
}
