import { Aggregate, Current, DomainEvent, TenantDocument } from '@aftersales/eventsourcing';
import { AuthUser } from '../auth/roles';
import { Caller, eventMetadata } from './caller';

/** A view that knows its region: the events a command appends on it are stamped with it. */
export type RegionalView = TenantDocument & { readonly region: string };

/**
 * A caller's command on an existing aggregate, the one shape every lifecycle use case has: one
 * read of the stream, not found for another tenant (or a reader the aggregate's `mayRead`
 * refuses), the command made from the current view, the events stamped with the caller and the
 * aggregate's region, and the aggregate as GET would show it after the command.
 */
export async function executeFor<TCommand, TEvent extends DomainEvent, TState, TView extends RegionalView>(
  aggregate: Aggregate<TCommand, TEvent, TState, TView, AuthUser> | Aggregate<TCommand, TEvent, TState, TView>,
  caller: Caller,
  id: string,
  command: TCommand | ((current: Current<TState, TView> & { readonly view: TView }) => TCommand),
  now: Date,
): Promise<TView> {
  const { view } = await (aggregate as Aggregate<TCommand, TEvent, TState, TView, AuthUser>).execute({
    id,
    tenantId: caller.user.tenantId,
    reader: caller.user,
    command: (current) => (typeof command === 'function' ? (command as (c: typeof current) => TCommand)(current) : command),
    metadata: (current) => eventMetadata(caller, current.view?.region ?? ''),
    now,
  });
  if (!view) throw new Error(`${aggregate.definition.streamPrefix}${id}: a command on an existing aggregate left no view`);
  return view;
}
