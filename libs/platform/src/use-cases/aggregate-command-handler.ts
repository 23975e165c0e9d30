import { Aggregate, Clock, DomainEvent } from '@aftersales/eventsourcing';
import { AuthUser } from '../auth/roles';
import { Caller } from './caller';
import { RegionalView, executeFor } from './execute';

/** What a command on one existing aggregate carries: who asked, and which aggregate. */
export interface AggregateCommandMessage {
  readonly caller: Caller;
  readonly id: string;
}

/**
 * The handler of a command on one existing aggregate (issue 12: one shape in every context). A
 * use case says only how its request becomes the domain command (`decide`, given the aggregate
 * as it is); the rest is `executeFor`: one stream read, tenant and reader isolation, events
 * stamped with the caller and the aggregate's region, the view after the command. A context
 * defines one subclass that injects its aggregate and clock; each use case extends that.
 */
export abstract class AggregateCommandHandler<TMessage extends AggregateCommandMessage, TCommand, TView extends RegionalView> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected abstract readonly aggregate: Aggregate<TCommand, DomainEvent, any, TView, any>;
  protected abstract readonly clock: Clock;

  /** The domain command for this request, made from the aggregate as it is now. */
  abstract decide(message: TMessage, current: TView): TCommand;

  execute(message: TMessage): Promise<TView> {
    return executeFor<TCommand, DomainEvent, unknown, TView>(
      this.aggregate as Aggregate<TCommand, DomainEvent, unknown, TView, AuthUser>,
      message.caller,
      message.id,
      ({ view }) => this.decide(message, view),
      this.clock.now(),
    );
  }
}
