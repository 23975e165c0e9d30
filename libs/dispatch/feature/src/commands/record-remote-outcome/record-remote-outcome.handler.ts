import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '@aftersales/eventsourcing';
import { WorkOrderCommand } from '@aftersales/dispatch-domain';
import { executeFor } from '@aftersales/platform';
import { DispatchContext, WORK_ORDERS, WorkOrderView, WorkOrders, actorOf } from '../../use-case-kit';
import { RecordRemoteOutcome } from './record-remote-outcome.command';

/**
 * DI-3: the remote attempt's outcome. Resolved: the order is handed over without a visit. Not
 * resolved: the on-site arrival is owed from now, the policy's hours on the wall clock or on the
 * region's service calendar.
 */
@CommandHandler(RecordRemoteOutcome)
export class RecordRemoteOutcomeHandler {
  constructor(
    @Inject(WORK_ORDERS) private readonly workOrders: WorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly context: DispatchContext,
  ) {}

  execute({ caller, id, request }: RecordRemoteOutcome): Promise<WorkOrderView> {
    const now = this.clock.now();
    return executeFor(
      this.workOrders,
      caller,
      id,
      ({ view }): WorkOrderCommand => ({
        type: 'CompleteRemoteAttempt',
        workOrderId: id,
        resolved: request.resolved,
        note: request.note ?? null,
        actor: actorOf(caller.user),
        policy: this.context.policy,
        calendar: this.context.calendars.forRegion(view.region),
        now,
      }),
      now,
    );
  }
}
