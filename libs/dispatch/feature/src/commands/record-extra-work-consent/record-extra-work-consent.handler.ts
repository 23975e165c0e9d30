import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordExtraWorkConsent } from './record-extra-work-consent.command';

/** DI-4: Record the customer's consent to (or refusal of) proposed extra work. */
@CommandHandler(RecordExtraWorkConsent)
export class RecordExtraWorkConsentHandler extends WorkOrderCommandHandler<RecordExtraWorkConsent> {
  decide({ caller, id, request }: RecordExtraWorkConsent): WorkOrderCommand {
    return { type: 'RecordExtraWorkConsent', workOrderId: id, extraWorkNo: request.extraWorkNo, granted: request.granted, customerName: request.customerName, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
