import {
  AppendOptions,
  AppendResult,
  Decider,
  DeciderCommandHandler,
  DomainEvent,
  EventBatchHandler,
  EventEnvelope,
  EventMetadata,
  EventStore,
  InvalidStateError,
  ManualClock,
  NewEvent,
  NotFoundError,
  ReadAllOptions,
  ReadStreamOptions,
  STREAM_NOT_FOUND,
  SubscribeOptions,
  Subscription,
  Upcasters,
  WrongExpectedRevisionError,
} from '@aftersales/eventsourcing';
import { anEvent, uniquePrefix } from '@aftersales/eventsourcing/testing';
import { MemoryEventStore } from './memory-event-store';

// A repair ticket (维修工单), just big enough to exercise the handler: open once, add notes, close.
type TicketCommand =
  | { type: 'OpenTicket'; subject: string }
  | { type: 'AddNote'; noteEventId: string; text: string }
  | { type: 'CloseTicket'; reason: string };

type TicketEvent =
  | DomainEvent<'test.TicketOpened', { subject: string }>
  | DomainEvent<'test.NoteAdded', { text: string }>
  | DomainEvent<'test.TicketClosed', { reason: string }>;

type TicketState =
  | { status: 'none' }
  | { status: 'open'; subject: string; notes: readonly string[] }
  | { status: 'closed'; notes: readonly string[] };

const CLOSING_POLICY = 'closing-rules-2026.1';

const ticketDecider: Decider<TicketCommand, TicketEvent, TicketState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenTicket':
        // Opening an open ticket again is a repeated request: nothing new happened.
        return state.status === 'none' ? [{ type: 'test.TicketOpened', data: { subject: command.subject } }] : [];
      case 'AddNote':
        if (state.status !== 'open') throw new InvalidStateError('TEST.TICKET_NOT_OPEN', 'notes go on open tickets only');
        return [{ type: 'test.NoteAdded', id: command.noteEventId, data: { text: command.text } }];
      case 'CloseTicket':
        if (state.status !== 'open') throw new InvalidStateError('TEST.TICKET_NOT_OPEN', 'only an open ticket can be closed');
        return [{ type: 'test.TicketClosed', data: { reason: command.reason }, policyVersion: CLOSING_POLICY }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'test.TicketOpened':
        return { status: 'open', subject: event.data.subject, notes: [] };
      case 'test.NoteAdded':
        return state.status === 'none' ? state : { ...state, notes: [...state.notes, event.data.text] };
      case 'test.TicketClosed':
        return { status: 'closed', notes: state.status === 'none' ? [] : state.notes };
    }
  },
};

/** Another writer that appends to the stream right before each of the handler's next `races` appends. */
class RacingEventStore implements EventStore {
  /** Appends the handler attempted, the competitor's not counted. */
  appendAttempts = 0;

  constructor(
    private readonly inner: EventStore,
    private races: number,
    private readonly competitor: NewEvent,
  ) {}

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.appendAttempts++;
    if (this.races > 0) {
      this.races--;
      await this.inner.append(stream, [this.competitor], { expectedRevision: 'any' });
    }
    return this.inner.append(stream, events, options);
  }

  readStream(stream: string, options?: ReadStreamOptions): Promise<EventEnvelope[]> {
    return this.inner.readStream(stream, options);
  }

  readAll(options?: ReadAllOptions): Promise<EventEnvelope[]> {
    return this.inner.readAll(options);
  }

  subscribe(handler: EventBatchHandler, options?: SubscribeOptions): Subscription {
    return this.inner.subscribe(handler, options);
  }

  headPosition(): Promise<bigint | null> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

const metadata: EventMetadata = {
  tenantId: 'acme',
  region: 'cn-east',
  actor: { id: 'u-7', role: 'customer_service' },
  correlationId: 'corr-42',
  causationId: 'cmd-1',
};

const opened = (subject = 'pump leaks') => anEvent('test.TicketOpened', { subject });
const noted = (text: string) => anEvent('test.NoteAdded', { text });
const closed = (reason = 'fixed') => anEvent('test.TicketClosed', { reason });

describe('DeciderCommandHandler', () => {
  const clock = new ManualClock('2026-03-09T01:02:03.004Z');
  let store: MemoryEventStore;
  let stream: string;

  beforeEach(() => {
    store = new MemoryEventStore();
    stream = `${uniquePrefix('ticket')}t-1`;
  });

  async function given(...events: NewEvent[]): Promise<void> {
    if (events.length > 0) await store.append(stream, events, { expectedRevision: 'no_stream' });
  }

  const when = (command: TicketCommand, over: EventStore = store, extra: { expectedRevision?: bigint | 'no_stream' | 'stream_exists' } = {}) =>
    new DeciderCommandHandler(over, ticketDecider).handle({ stream, command, metadata, now: clock.now(), ...extra });

  it('given no ticket, when it is opened, then TicketOpened is appended with the metadata and the command time', async () => {
    await given();
    const result = await when({ type: 'OpenTicket', subject: 'pump leaks' });

    const [stored] = await store.readStream(stream);
    expect(stored).toMatchObject({
      type: 'test.TicketOpened',
      data: { subject: 'pump leaks' },
      schemaVersion: 1,
      revision: 0n,
      occurredAt: '2026-03-09T01:02:03.004Z',
      tenantId: 'acme',
      region: 'cn-east',
      actor: { id: 'u-7', role: 'customer_service' },
      correlationId: 'corr-42',
      causationId: 'cmd-1',
      policyVersion: null,
    });
    expect(result).toEqual({
      events: [{ type: 'test.TicketOpened', data: { subject: 'pump leaks' } }],
      state: { status: 'open', subject: 'pump leaks', notes: [] },
      revision: 0n,
      position: stored.position,
    });
  });

  it('given an open ticket, when it is opened again, then nothing is appended and the current revision is reported', async () => {
    await given(opened(), noted('called customer'));
    const result = await when({ type: 'OpenTicket', subject: 'again' });

    expect(result).toEqual({
      events: [],
      state: { status: 'open', subject: 'pump leaks', notes: ['called customer'] },
      revision: 1n,
      position: null,
    });
    expect(await store.readAll()).toHaveLength(2);
  });

  it('given an open ticket, when a note is added, then the event keeps the id the decider gave it', async () => {
    await given(opened());
    const noteEventId = '01936f3e-7c4a-7b5e-9f00-0000000000a1';
    await when({ type: 'AddNote', noteEventId, text: 'spare part ordered' });

    const [, note] = await store.readStream(stream);
    expect(note).toMatchObject({ id: noteEventId, type: 'test.NoteAdded', revision: 1n });
  });

  it('stamps the policy version of the decision, else the one the metadata carries', async () => {
    await given(opened());
    const withPolicy = (command: TicketCommand) =>
      new DeciderCommandHandler(store, ticketDecider).handle({
        stream,
        command,
        metadata: { ...metadata, policyVersion: 'default-2026.1' },
        now: clock.now(),
      });
    await withPolicy({ type: 'AddNote', noteEventId: '01936f3e-7c4a-7b5e-9f00-0000000000a2', text: 'n' });
    await withPolicy({ type: 'CloseTicket', reason: 'fixed' });

    const [, note, close] = await store.readStream(stream);
    expect(note.policyVersion).toBe('default-2026.1');
    expect(close.policyVersion).toBe(CLOSING_POLICY);
  });

  it('given a closed ticket, when a note is added, then the domain error surfaces and nothing is appended', async () => {
    await given(opened(), closed());
    const err = await when({ type: 'AddNote', noteEventId: '01936f3e-7c4a-7b5e-9f00-0000000000a3', text: 'late' }).catch(
      (e: unknown) => e,
    );

    expect(err).toBeInstanceOf(InvalidStateError);
    expect(err).toMatchObject({ code: 'TEST.TICKET_NOT_OPEN' });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('given a writer racing the append, when the ticket is closed, then the handler re-decides on the fresh state and appends after it', async () => {
    await given(opened());
    const racing = new RacingEventStore(store, 1, noted('engineer on site'));
    const result = await when({ type: 'CloseTicket', reason: 'fixed' }, racing);

    expect(racing.appendAttempts).toBe(2);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['test.TicketOpened', 'test.NoteAdded', 'test.TicketClosed']);
    expect(result.revision).toBe(2n);
    expect(result.state).toEqual({ status: 'closed', notes: ['engineer on site'] });
  });

  it('given a writer closing the ticket first, when it is closed, then the retry decides on the closed ticket and refuses', async () => {
    await given(opened());
    const racing = new RacingEventStore(store, 1, closed('closed by the customer'));
    await expect(when({ type: 'CloseTicket', reason: 'fixed' }, racing)).rejects.toMatchObject({ code: 'TEST.TICKET_NOT_OPEN' });

    expect(racing.appendAttempts).toBe(1);
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ subject: 'pump leaks' }, { reason: 'closed by the customer' }]);
  });

  it('given a writer that wins every race, then the conflict surfaces after maxAttempts', async () => {
    await given(opened());
    const racing = new RacingEventStore(store, 100, noted('competing'));
    await expect(when({ type: 'CloseTicket', reason: 'fixed' }, racing)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(racing.appendAttempts).toBe(3);

    const patient = new RacingEventStore(store, 100, noted('competing'));
    const handler = new DeciderCommandHandler(patient, ticketDecider, { maxAttempts: 5 });
    await expect(
      handler.handle({ stream, command: { type: 'CloseTicket', reason: 'fixed' }, metadata, now: clock.now() }),
    ).rejects.toMatchObject({ code: 'EVENTSTORE.WRONG_EXPECTED_REVISION' });
    expect(patient.appendAttempts).toBe(5);
    expect((await store.readStream(stream)).some((e) => e.type === 'test.TicketClosed')).toBe(false);
  });

  it('given a caller-supplied exact revision, then a racing writer is surfaced as a conflict, not retried', async () => {
    await given(opened());
    const racing = new RacingEventStore(store, 1, noted('engineer on site'));
    const err = await when({ type: 'CloseTicket', reason: 'fixed' }, racing, { expectedRevision: 0n }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(WrongExpectedRevisionError);
    expect(racing.appendAttempts).toBe(1);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['test.TicketOpened', 'test.NoteAdded']);
  });

  // 'stream_exists' still holds after the race and pins no state, so re-deciding is right.
  it('given a caller-supplied stream_exists, then a racing writer is retried on the new state', async () => {
    await given(opened());
    const racing = new RacingEventStore(store, 1, noted('engineer on site'));
    await when({ type: 'CloseTicket', reason: 'fixed' }, racing, { expectedRevision: 'stream_exists' });

    expect(racing.appendAttempts).toBe(2);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['test.TicketOpened', 'test.NoteAdded', 'test.TicketClosed']);
  });

  it('given a caller-supplied expected revision that no longer holds, then it refuses before deciding', async () => {
    await given(opened(), noted('called customer'));
    const counting = new RacingEventStore(store, 0, noted('unused'));

    await expect(when({ type: 'CloseTicket', reason: 'fixed' }, counting, { expectedRevision: 0n })).rejects.toMatchObject({
      code: 'EVENTSTORE.WRONG_EXPECTED_REVISION',
      expected: 0n,
      actual: 1n,
    });
    await expect(when({ type: 'OpenTicket', subject: 's' }, counting, { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    stream = `${stream}-absent`;
    await expect(when({ type: 'OpenTicket', subject: 's' }, counting, { expectedRevision: 'stream_exists' })).rejects.toMatchObject({
      actual: null,
    });
    expect(counting.appendAttempts).toBe(0);
  });

  it('given a caller-supplied expected revision that holds, then it appends', async () => {
    await given(opened());
    const result = await when({ type: 'CloseTicket', reason: 'fixed' }, store, { expectedRevision: 0n });
    expect(result.revision).toBe(1n);
  });

  it("given another tenant's ticket, when a command addresses it, then it is not found and nothing is appended", async () => {
    await given({ ...opened(), tenantId: 'globex' });
    const err = await when({ type: 'CloseTicket', reason: 'fixed' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toMatchObject({ code: STREAM_NOT_FOUND });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('given a ticket stored at an older schema version, then it is upcast before folding', async () => {
    await given({ ...anEvent('test.TicketOpened', { title: 'pump leaks' }), schemaVersion: 0 });
    const handler = new DeciderCommandHandler(store, ticketDecider, {
      upcasters: new Upcasters([{ type: 'test.TicketOpened', fromVersion: 0, upcast: (d) => ({ subject: (d as { title: string }).title }) }]),
    });

    expect((await handler.load(stream)).state).toEqual({ status: 'open', subject: 'pump leaks', notes: [] });
  });

  it('loads a missing stream as the initial state with no revision', async () => {
    const handler = new DeciderCommandHandler(store, ticketDecider);
    expect(await handler.load(stream)).toEqual({ state: { status: 'none' }, revision: null });
    await given(opened(), noted('a'), noted('b'));
    expect(await handler.load(stream)).toEqual({
      state: { status: 'open', subject: 'pump leaks', notes: ['a', 'b'] },
      revision: 2n,
    });
  });
});
