import { Command, Query } from '@nestjs/cqrs';
import { Caller } from './caller';

/**
 * A command on one aggregate from a caller, with its request body: each use case's command class
 * extends it (`class AcknowledgeComplaint extends AggregateRequest<ComplaintView, NoteDto> {}`),
 * so the CommandBus tells them apart by class and the handler receives caller, id and request.
 */
export abstract class AggregateRequest<TResult, TRequest = undefined> extends Command<TResult> {
  constructor(
    readonly caller: Caller,
    readonly id: string,
    readonly request: TRequest,
  ) {
    super();
  }
}

/** A query about one aggregate from a caller (`class GetComplaint extends AggregateQuery<ComplaintView> {}`). */
export abstract class AggregateQuery<TResult> extends Query<TResult> {
  constructor(
    readonly caller: Caller,
    readonly id: string,
  ) {
    super();
  }
}

/** A query from a caller with its request (filters, paging), e.g. a list. */
export abstract class CallerQuery<TResult, TRequest> extends Query<TResult> {
  constructor(
    readonly caller: Caller,
    readonly request: TRequest,
  ) {
    super();
  }
}

/** A command from a caller that makes something new (its id comes from idForCreate), with its request. */
export abstract class CreateRequest<TResult, TRequest> extends Command<TResult> {
  constructor(
    readonly caller: Caller,
    readonly request: TRequest,
  ) {
    super();
  }
}
