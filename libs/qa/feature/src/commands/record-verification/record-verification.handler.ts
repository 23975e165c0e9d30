import { CommandHandler } from '@nestjs/cqrs';
import { CapaCommand } from '@aftersales/qa-domain';
import { CapaView } from '../../case-view';
import { CapaCommandHandler } from '../../qa.aggregates';
import { RecordVerification } from './record-verification.command';

@CommandHandler(RecordVerification)
export class RecordVerificationHandler extends CapaCommandHandler<RecordVerification> {
  decide({ caller, id, request }: RecordVerification, current: CapaView): CapaCommand {
    return {
      type: 'RecordVerification',
      capaId: id,
      shipmentId: request.shipmentId,
      lotId: request.lotId ?? null,
      checkedOn: request.checkedOn,
      result: request.result,
      note: request.note ?? null,
      verifiedBy: caller.user.id,
      today: this.contexts.calendars.forRegion(current.region).localDate(this.clock.now()),
    };
  }
}
