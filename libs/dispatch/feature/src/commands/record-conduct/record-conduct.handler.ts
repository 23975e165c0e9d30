import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { RecordConduct } from './record-conduct.command';

/** DI-9: Record conduct against the order's technician with the policy's penalty. */
@CommandHandler(RecordConduct)
export class RecordConductHandler extends WorkOrderCommandHandler<RecordConduct> {
  decide({ caller, id, request }: RecordConduct): WorkOrderCommand {
    return { type: 'RecordConduct', workOrderId: id, kind: request.kind, note: request.note ?? null, actor: actorOf(caller.user), policy: this.context.policy, now: this.clock.now() };
  }
}
