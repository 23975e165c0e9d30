import { CommandHandler } from '@nestjs/cqrs';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { WorkOrderCommandHandler, actorOf } from '../../use-case-kit';
import { StartRemoteAttempt } from './start-remote-attempt.command';

/** DI-3: the customer agreed to a remote attempt first; nobody is sent, and no arrival is owed, until its outcome. */
@CommandHandler(StartRemoteAttempt)
export class StartRemoteAttemptHandler extends WorkOrderCommandHandler<StartRemoteAttempt> {
  decide({ caller, id, request }: StartRemoteAttempt): WorkOrderCommand {
    return { type: 'StartRemoteAttempt', workOrderId: id, customerAgreedBy: request.customerAgreedBy, actor: actorOf(caller.user), now: this.clock.now() };
  }
}
