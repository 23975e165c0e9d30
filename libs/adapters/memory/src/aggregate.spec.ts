import {
  Aggregate,
  AppendOptions,
  AppendResult,
  NewEvent,
  AggregateDefinition,
  Decider,
  DeadlineProjection,
  DeadlineScheduler,
  DomainEvent,
  EventEnvelope,
  EventMetadata,
  EventStore,
  InvalidStateError,
  ManualClock,
  NotFoundError,
  ObligationLedger,
  ProjectionRunner,
  ReadStreamOptions,
  TenantDocument,
  Upcasters,
  WrongExpectedRevisionError,
  aggregateProjection,
  applyObligationChanges,
  deadlineTrackingOf,
  missableRound,
  toDomainEvent,
} from '@aftersales/eventsourcing';
import { MemoryCheckpointStore } from './memory-checkpoint-store';
import { MemoryDocumentStore } from './memory-document-store';
import { MemoryEventStore } from './memory-event-store';

// A repair ticket owing a reply within a day: the smallest aggregate with a view, an obligation and readers.
type TicketCommand =
  | { type: 'Open'; subject: string; replyDueAt: string; visitDueAt?: string; watchers: readonly string[] }
  | { type: 'Reply'; text: string }
  | { type: 'MarkDeadlineMissed'; obligation: string; now: Date };
type TicketEvent =
  | DomainEvent<'test.TicketOpened', { subject: string; replyDueAt: string; visitDueAt?: string; watchers: readonly string[] }>
  | DomainEvent<'test.TicketReplied', { text: string }>
  | DomainEvent<'test.ReplyMissed', { obligation: string }>;
type TicketState = { status: 'none' } | { status: 'open' | 'answered'; obligations: ObligationLedger };
interface TicketView extends TenantDocument {
  readonly _id: string;
  readonly subject: string;
  readonly status: 'open' | 'answered';
  readonly watchers: readonly string[];
  readonly replies: readonly string[];
  readonly reply: string;
  readonly revision: string;
}

const changes = (event: TicketEvent) =>
  event.type === 'test.TicketOpened'
    ? [
        { kind: 'open' as const, obligation: 'reply', dueAt: event.data.replyDueAt },
        ...(event.data.visitDueAt ? [{ kind: 'open' as const, obligation: 'visit', dueAt: event.data.visitDueAt }] : []),
      ]
    : event.type === 'test.TicketReplied'
      ? [{ kind: 'meet' as const, obligation: 'reply' }]
      : [{ kind: 'miss' as const, obligation: event.data.obligation }];

const decider: Decider<TicketCommand, TicketEvent, TicketState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    if (command.type === 'Open') {
      if (state.status !== 'none') throw new InvalidStateError('TEST.TICKET_EXISTS', 'exists');
      const visit = command.visitDueAt ? { visitDueAt: command.visitDueAt } : {};
      return [{ type: 'test.TicketOpened', data: { subject: command.subject, replyDueAt: command.replyDueAt, ...visit, watchers: command.watchers } }];
    }
    if (state.status === 'none') throw new NotFoundError('TEST.TICKET_NOT_FOUND', 'no ticket');
    // TicketReplied is at version 2 (v1 called the text `body`): new events say so.
    if (command.type === 'Reply') return [{ type: 'test.TicketReplied', schemaVersion: 2, data: { text: command.text } }];
    return missableRound(state.obligations, command.obligation, command.now) ? [{ type: 'test.ReplyMissed', data: { obligation: command.obligation } }] : [];
  },
  evolve(state, event) {
    const obligations = applyObligationChanges(state.status === 'none' ? [] : state.obligations, changes(event));
    if (event.type === 'test.TicketOpened') return { status: 'open', obligations };
    if (state.status === 'none') return state;
    return { status: event.type === 'test.TicketReplied' ? 'answered' : state.status, obligations };
  },
};

const definition: AggregateDefinition<TicketCommand, TicketEvent, TicketState, TicketView, { id: string }> = {
  context: 'test',
  streamPrefix: 'test.ticket-',
  eventTypes: ['test.TicketOpened', 'test.TicketReplied', 'test.ReplyMissed'],
  decider,
  notFound: (id) => new NotFoundError('TEST.TICKET_NOT_FOUND', `ticket ${id} does not exist`, { id }),
  mayRead: (reader, view) => view.watchers.includes(reader.id),
  obligations: { changes, missed: (_id, obligation, now) => ({ type: 'MarkDeadlineMissed', obligation, now }) },
  // v1 of TicketReplied had `body`; v2 calls it `text`.
  upcasters: new Upcasters([{ type: 'test.TicketReplied', fromVersion: 1, upcast: (data) => ({ text: (data as { body: string }).body }) }]),
  view: {
    collection: 'test.tickets',
    indexes: [{ fields: { tenantId: 1, subject: 1 } }],
    projection: { name: 'test-tickets', version: 1 },
    apply(view, envelope) {
      const event = toDomainEvent<TicketEvent>(envelope);
      const at = { revision: envelope.revision.toString() };
      if (event.type === 'test.TicketOpened') {
        const id = envelope.stream.slice('test.ticket-'.length);
        return { _id: id, tenantId: envelope.tenantId, subject: event.data.subject, status: 'open', watchers: event.data.watchers, replies: [], reply: 'open', ...at };
      }
      if (!view) return null;
      if (event.type === 'test.TicketReplied') return { ...view, status: 'answered', replies: [...view.replies, event.data.text], reply: view.reply === 'missed' ? 'met_late' : 'met', ...at };
      return { ...view, reply: 'missed', ...at };
    },
  },
};

/** Counts the stream reads and the appends the aggregate makes. */
class CountingStore extends MemoryEventStore {
  reads = 0;
  appends = 0;
  override readStream(stream: string, options?: ReadStreamOptions): Promise<EventEnvelope[]> {
    this.reads++;
    return super.readStream(stream, options);
  }
  override append(stream: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.appends++;
    return super.append(stream, events, options);
  }
}

const meta = (tenantId = 'acme'): EventMetadata => ({ tenantId, region: 'cn-east', actor: { id: 'u-1', role: 'customer_service' }, correlationId: 'c-1' });
const DUE = '2026-03-10T02:00:00.000Z';

describe('Aggregate: what the platform derives from an aggregate definition (issue 12)', () => {
  let store: CountingStore;
  let documents: MemoryDocumentStore;
  let tickets: Aggregate<TicketCommand, TicketEvent, TicketState, TicketView, { id: string }>;
  const now = new Date('2026-03-09T02:00:00.000Z');

  beforeEach(() => {
    store = new CountingStore();
    documents = new MemoryDocumentStore();
    tickets = new Aggregate(store as EventStore, documents, definition);
  });

  const open = (id = 't-1', tenantId = 'acme') =>
    tickets.execute({ id, tenantId, command: { type: 'Open', subject: 'pump leaks', replyDueAt: DUE, watchers: ['u-1'] }, metadata: meta(tenantId), now, expectedRevision: 'no_stream' });

  it('opens a new stream without reading it, and refuses a second one with the same id', async () => {
    const opened = await open();
    expect(store.reads).toBe(0);
    expect(opened.view).toMatchObject({ _id: 't-1', status: 'open', reply: 'open', revision: '0' });
    await expect(open()).rejects.toBeInstanceOf(WrongExpectedRevisionError);
  });

  it('decides a command with one read of the stream and returns the view GET folds from it', async () => {
    await open();
    store.reads = 0;
    const result = await tickets.execute({ id: 't-1', tenantId: 'acme', reader: { id: 'u-1' }, command: (c) => ({ type: 'Reply', text: `re: ${c.view.subject}` }), metadata: meta(), now });
    expect(store.reads).toBe(1);
    expect(result.view).toEqual(await tickets.get('acme', 't-1', { id: 'u-1' }));
    expect(result.view).toMatchObject({ status: 'answered', replies: ['re: pump leaks'], reply: 'met', revision: '1' });
    expect(result.revision).toBe(1n);
  });

  it("hides another tenant's stream and one its reader may not read as not found, for reads and commands, and appends nothing", async () => {
    await open();
    for (const attempt of [
      () => tickets.get('other', 't-1'),
      () => tickets.get('acme', 't-1', { id: 'u-2' }),
      () => tickets.events('acme', 't-1', { id: 'u-2' }),
      () => tickets.execute({ id: 't-1', tenantId: 'other', command: () => ({ type: 'Reply', text: 'x' }), metadata: meta('other'), now }),
      () => tickets.execute({ id: 't-1', tenantId: 'acme', reader: { id: 'u-2' }, command: () => ({ type: 'Reply', text: 'x' }), metadata: meta(), now }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'TEST.TICKET_NOT_FOUND' });
    }
    expect(await store.readStream('test.ticket-t-1')).toHaveLength(1);
  });

  it('reads again and decides again when another writer appended meanwhile', async () => {
    await open();
    store.reads = 0;
    let raced = false;
    const result = await tickets.execute({
      id: 't-1',
      tenantId: 'acme',
      command: (c) => {
        if (!raced) {
          raced = true;
          // Another writer replies between this read and the append.
          void store.append('test.ticket-t-1', [{ ...meta(), type: 'test.TicketReplied', schemaVersion: 2, occurredAt: now.toISOString(), data: { text: 'first' } }], { expectedRevision: 0n });
        }
        return { type: 'Reply', text: `after ${c.view.replies.length}` };
      },
      metadata: meta(),
      now,
    });
    expect(store.reads).toBe(2);
    expect(result.view?.replies).toEqual(['first', 'after 1']);
  });

  it('derives the list projection and the deadline tracking; the miss goes through the decider once', async () => {
    await open();
    await open('t-2');
    await tickets.execute({ id: 't-2', tenantId: 'acme', command: { type: 'Reply', text: 'done' }, metadata: meta(), now });
    const projection = aggregateProjection(tickets);
    const { tracking, onDue } = deadlineTrackingOf('test', [tickets]);
    const deadlines = new DeadlineProjection(documents, tracking);
    const all = await store.readAll();
    await projection.handle(all);
    await deadlines.handle(all);
    expect(await tickets.collection().get('t-1')).toMatchObject({ status: 'open', reply: 'open' });
    expect(await tickets.collection().get('t-2')).toMatchObject({ status: 'answered', reply: 'met' });

    const clock = new ManualClock(DUE);
    const scheduler = new DeadlineScheduler(documents, tracking, clock, onDue);
    expect(await scheduler.tick()).toBe(1);
    expect(await tickets.get('acme', 't-1')).toMatchObject({ reply: 'missed' });
    // The tick again before the tracker saw the miss: the decider decides nothing the second time.
    await scheduler.tick();
    expect((await store.readStream('test.ticket-t-1')).map((e) => e.type)).toEqual(['test.TicketOpened', 'test.ReplyMissed']);
  });

  it("marks a stream's due deadlines missed with one read and one append, each decided on the state the previous one left", async () => {
    await tickets.execute({
      id: 't-1',
      tenantId: 'acme',
      command: { type: 'Open', subject: 'pump leaks', replyDueAt: DUE, visitDueAt: DUE, watchers: ['u-1'] },
      metadata: meta(),
      now,
      expectedRevision: 'no_stream',
    });
    const { tracking, onDueOfStream } = deadlineTrackingOf('test', [tickets]);
    await new DeadlineProjection(documents, tracking).handle(await store.readAll());
    store.reads = 0;
    store.appends = 0;
    const scheduler = new DeadlineScheduler(documents, tracking, new ManualClock(DUE), async () => {
      throw new Error('not one at a time');
    }, { onDueOfStream });
    expect(await scheduler.tick()).toBe(2);
    expect([store.reads, store.appends]).toEqual([1, 1]);
    const missed = (await store.readStream('test.ticket-t-1')).slice(1);
    expect(missed.map((e) => [e.type, (e.data as { obligation: string }).obligation, e.correlationId, e.revision])).toEqual([
      ['test.ReplyMissed', 'reply', 'deadline:test.ticket-t-1#reply', 1n],
      ['test.ReplyMissed', 'visit', 'deadline:test.ticket-t-1#visit', 2n],
    ]);

    // The same deadlines again, one of them twice: each decided on the state the previous left, nothing is missed twice.
    const reply = { tenantId: 'acme', region: 'cn-east', stream: 'test.ticket-t-1', obligation: 'reply' };
    await tickets.markDeadlinesMissed([reply, { ...reply, obligation: 'visit' }, reply], new Date(DUE));
    expect(store.appends).toBe(1);
    expect(await store.readStream('test.ticket-t-1')).toHaveLength(3);
  });

  it('upcasts old event versions on every read path: the command path, GET, the projection and the tracker', async () => {
    await open();
    await store.append('test.ticket-t-1', [{ ...meta(), type: 'test.TicketReplied', schemaVersion: 1, occurredAt: now.toISOString(), data: { body: 'old shape' } }], {
      expectedRevision: 0n,
    });
    expect((await tickets.get('acme', 't-1')).replies).toEqual(['old shape']);
    const all = await store.readAll();
    // The projection's runner upcasts before the fold, as it does for every projection.
    const runner = new ProjectionRunner(store, new MemoryCheckpointStore(), aggregateProjection(tickets));
    await runner.start();
    await runner.stop();
    expect((await tickets.collection().get('t-1'))?.replies).toEqual(['old shape']);
    const { tracking } = deadlineTrackingOf('test', [tickets]);
    expect(tracking.changes(all[1])).toEqual([{ kind: 'meet', obligation: 'reply' }]);
    const next = await tickets.execute({ id: 't-1', tenantId: 'acme', command: { type: 'Reply', text: 'new shape' }, metadata: meta(), now });
    expect(next.view?.replies).toEqual(['old shape', 'new shape']);
  });
});
