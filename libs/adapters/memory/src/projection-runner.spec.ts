import {
  CheckpointStore,
  DocumentCollection,
  EventEnvelope,
  GuardedWriteResult,
  NewEvent,
  Projection,
  ReadAllOptions,
  ProjectionRunner,
  StoredDocument,
  Upcasters,
  checkpointName,
} from '@aftersales/eventsourcing';
import { anEvent, until } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore } from './memory-checkpoint-store';
import { MemoryDocumentStore } from './memory-document-store';
import { MemoryEventStore } from './memory-event-store';

interface TicketRow extends StoredDocument {
  subject: string;
  status: 'open' | 'closed';
  notes: number;
  noteTexts: string[];
}

/**
 * A ticket board read model. Its note counter uses $inc and $push, which are not idempotent by
 * themselves: only the position guard keeps a replayed note from counting twice.
 */
class TicketBoard implements Projection {
  readonly name = 'ticket-board';
  readonly version = 1;
  readonly handles = ['test.TicketOpened', 'test.NoteAdded', 'test.TicketClosed'];
  readonly seen: EventEnvelope[] = [];
  readonly outcomes: GuardedWriteResult[] = [];
  resets = 0;

  constructor(
    private readonly rows: DocumentCollection<TicketRow>,
    private readonly journal: string[] = [],
  ) {}

  async handle(events: readonly EventEnvelope[]): Promise<void> {
    for (const event of events) {
      this.seen.push(event);
      this.outcomes.push(await this.apply(event));
    }
    this.journal.push(`handle:${events[events.length - 1].position}`);
  }

  async reset(): Promise<void> {
    this.resets++;
    await this.rows.clear();
  }

  private apply(event: EventEnvelope): Promise<GuardedWriteResult> {
    const data = event.data as { subject?: string; text?: string };
    switch (event.type) {
      case 'test.TicketOpened':
        return this.rows.upsert({ _id: event.stream, subject: data.subject ?? '', status: 'open', notes: 0, noteTexts: [] }, event.position);
      case 'test.NoteAdded':
        return this.rows.patch(event.stream, { $inc: { notes: 1 }, $push: { noteTexts: data.text } }, event.position);
      default:
        return this.rows.patch(event.stream, { $set: { status: 'closed' } }, event.position);
    }
  }
}

/** Records when checkpoints are stored, and fails the store calls it is told to (a crash after the write). */
class ObservedCheckpoints implements CheckpointStore {
  private calls = 0;

  constructor(
    private readonly inner: CheckpointStore,
    private readonly journal: string[] = [],
    private readonly failOnCall: number | null = null,
  ) {}

  load(name: string): Promise<bigint | null> {
    return this.inner.load(name);
  }

  async store(name: string, position: bigint): Promise<void> {
    this.calls++;
    if (this.calls === this.failOnCall) throw new Error('checkpoint store unavailable');
    this.journal.push(`checkpoint:${position}`);
    await this.inner.store(name, position);
  }

  reset(name: string): Promise<void> {
    return this.inner.reset(name);
  }
}

/** Two tickets' lives, interleaved, with events the board does not handle in between. */
async function appendHistory(store: MemoryEventStore): Promise<void> {
  const steps: [string, NewEvent][] = [
    ['t-1', anEvent('test.TicketOpened', { subject: 'pump leaks' })],
    ['t-2', anEvent('test.TicketOpened', { subject: 'valve stuck' })],
    ['t-1', anEvent('test.NoteAdded', { text: 'called customer' })],
    ['t-1', anEvent('test.NoteAdded', { text: 'engineer booked' })],
    ['t-2', anEvent('test.TicketViewed', { by: 'u-9' })],
    ['t-2', anEvent('test.NoteAdded', { text: 'part ordered' })],
    ['t-1', anEvent('test.TicketClosed', { reason: 'fixed' })],
    ['t-2', anEvent('test.TicketViewed', { by: 'u-3' })],
  ];
  for (const [stream, event] of steps) await store.append(`intake.${stream}`, [event], { expectedRevision: 'any' });
}

const EXPECTED_BOARD: Omit<TicketRow, '_position'>[] = [
  { _id: 'intake.t-1', subject: 'pump leaks', status: 'closed', notes: 2, noteTexts: ['called customer', 'engineer booked'] },
  { _id: 'intake.t-2', subject: 'valve stuck', status: 'open', notes: 1, noteTexts: ['part ordered'] },
];

const board = (rows: DocumentCollection<TicketRow>) => rows.find({}, { sort: { _id: 1 } });
const withoutPositions = (docs: TicketRow[]) => docs.map(({ _position, ...rest }) => rest);

describe('ProjectionRunner', () => {
  let events: MemoryEventStore;
  let checkpoints: MemoryCheckpointStore;
  let rows: DocumentCollection<TicketRow>;
  let runners: ProjectionRunner[];

  beforeEach(() => {
    events = new MemoryEventStore();
    checkpoints = new MemoryCheckpointStore();
    rows = new MemoryDocumentStore().collection<TicketRow>('ticket-board');
    runners = [];
  });
  afterEach(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await events.close();
  });

  function runner(projection: Projection, over: CheckpointStore = checkpoints, batchSize = 3, idleCheckpointMs?: number): ProjectionRunner {
    const r = new ProjectionRunner(events, over, projection, { batchSize, idleCheckpointMs });
    runners.push(r);
    return r;
  }

  it('catches up from no checkpoint, storing each checkpoint only after the batch was written', async () => {
    await appendHistory(events);
    const journal: string[] = [];
    const projection = new TicketBoard(rows, journal);
    await runner(projection, new ObservedCheckpoints(checkpoints, journal)).start();

    expect(withoutPositions(await board(rows))).toEqual(EXPECTED_BOARD);
    expect(projection.resets).toBe(1);
    // Batches of three over positions 1..8; the last batch holds only an event the board ignores.
    expect(journal).toEqual(['handle:3', 'checkpoint:3', 'handle:6', 'checkpoint:6', 'handle:7', 'checkpoint:8']);
    expect(await checkpoints.load(checkpointName(projection))).toBe(8n);
  });

  it('hands the projection only the event types it handles', async () => {
    await appendHistory(events);
    const projection = new TicketBoard(rows);
    await runner(projection).start();

    expect(new Set(projection.seen.map((e) => e.type))).toEqual(new Set(projection.handles));
    expect(projection.seen).toHaveLength(6);
  });

  it("hands the projection each event upcast by its upcasters: an old version reads as the newest", async () => {
    // v1 of TicketOpened called the subject `title`; the board reads v2.
    const upcasters = new Upcasters([{ type: 'test.TicketOpened', fromVersion: 1, upcast: (d) => ({ subject: (d as { title: string }).title }) }]);
    await events.append('intake.t-1', [anEvent('test.TicketOpened', { title: 'pump leaks' }, { schemaVersion: 1 })], { expectedRevision: 'no_stream' });
    await events.append('intake.t-2', [anEvent('test.TicketOpened', { subject: 'valve stuck' }, { schemaVersion: 2 })], { expectedRevision: 'no_stream' });
    const projection = Object.assign(new TicketBoard(rows), { upcasters });
    await runner(projection).start();

    expect(projection.seen.map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { subject: 'pump leaks' }],
      [2, { subject: 'valve stuck' }],
    ]);
    expect((await board(rows)).map((r) => r.subject)).toEqual(['pump leaks', 'valve stuck']);
  });

  it('follows live appends once caught up', async () => {
    const projection = new TicketBoard(rows);
    await runner(projection).start();
    await appendHistory(events);

    await until(() => projection.seen.length === 6, 5_000, 'the live events');
    expect(withoutPositions(await board(rows))).toEqual(EXPECTED_BOARD);
  });

  it('stops in the middle of a catch-up without replaying the rest', async () => {
    await appendHistory(events);
    let releaseFirstBatch!: () => void;
    const gate = new Promise<void>((resolve) => (releaseFirstBatch = resolve));
    let batches = 0;
    const projection = new TicketBoard(rows);
    const handle = projection.handle.bind(projection);
    projection.handle = async (batch) => {
      batches++;
      await gate;
      await handle(batch);
    };
    const r = runner(projection, checkpoints, 1);
    const starting = r.start();
    await until(() => batches === 1, 5_000, 'the first batch');
    const stopping = r.stop();
    releaseFirstBatch();
    await stopping;

    await expect(starting).rejects.toThrow(/stopped before catching up/);
    expect(batches).toBe(1);
    expect(r.isCaughtUp).toBe(false);
  });

  it('leaves no subscription behind when stopped and started again while its checkpoint loads', async () => {
    await appendHistory(events);
    const projection = new TicketBoard(rows);
    const r = runner(projection);
    const first = r.start();
    const stopping = r.stop();
    await r.start();
    await stopping;
    await expect(first).rejects.toThrow(/stopped before catching up/);
    await r.stop();
    const handled = projection.seen.length;

    await events.append('intake.t-late', [anEvent('test.TicketOpened', { subject: 'late' })], { expectedRevision: 'no_stream' });
    const probe = new TicketBoard(new MemoryDocumentStore().collection<TicketRow>('probe'));
    await runner(probe).start();
    // The probe saw the late event, so any live subscription of `r` would have had it too.
    expect(probe.seen.some((e) => e.stream === 'intake.t-late')).toBe(true);
    expect(projection.seen.length).toBe(handled);
    expect(new Set(projection.seen.map((e) => e.id)).size).toBe(projection.seen.length);
  });

  it('resumes from its checkpoint after a restart, without reprocessing or resetting', async () => {
    await events.append('intake.t-1', [anEvent('test.TicketOpened', { subject: 'pump leaks' })], { expectedRevision: 'no_stream' });
    const before = runner(new TicketBoard(rows));
    await before.start();
    await before.stop();

    await events.append('intake.t-1', [anEvent('test.NoteAdded', { text: 'called customer' })], { expectedRevision: 0n });
    const restarted = new TicketBoard(rows);
    await runner(restarted).start();

    expect(restarted.resets).toBe(0);
    expect(restarted.seen.map((e) => e.type)).toEqual(['test.NoteAdded']);
    expect(await rows.get('intake.t-1')).toMatchObject({ notes: 1, noteTexts: ['called customer'] });
  });

  it('rebuild() forgets the checkpoint and the documents, then replays from zero', async () => {
    await appendHistory(events);
    const projection = new TicketBoard(rows);
    const r = runner(projection);
    await r.start();
    const built = await board(rows);

    // A read model gone wrong: a row lost, a row that no event explains.
    await rows.delete('intake.t-2');
    await rows.upsert({ _id: 'intake.ghost', subject: '?', status: 'open', notes: 9, noteTexts: [] }, 1_000n);
    await r.rebuild();

    expect(projection.resets).toBe(2);
    expect(projection.seen).toHaveLength(12);
    expect(await board(rows)).toEqual(built);
  });

  it('leaves the checkpoint at the last completed batch when the projection fails', async () => {
    await appendHistory(events);
    class UnavailableOnClose extends TicketBoard {
      override async handle(batch: readonly EventEnvelope[]): Promise<void> {
        if (batch.some((e) => e.type === 'test.TicketClosed')) throw new Error('read model unavailable');
        await super.handle(batch);
      }
    }
    const projection = new UnavailableOnClose(rows);
    await expect(runner(projection).start()).rejects.toThrow('read model unavailable');
    expect(await checkpoints.load(checkpointName(projection))).toBe(6n);
  });

  it('absorbs a crash between the write and the checkpoint: the replay is stale and the read model ends identical', async () => {
    await appendHistory(events);
    const reference = new MemoryDocumentStore().collection<TicketRow>('ticket-board');
    await runner(new TicketBoard(reference), new MemoryCheckpointStore(), 2).start();

    // Batches of two: the second batch (both notes on t-1) is written, then its checkpoint fails.
    const crashed = new TicketBoard(rows);
    const crashing = new ObservedCheckpoints(checkpoints, [], 2);
    await expect(runner(crashed, crashing, 2).start()).rejects.toThrow('checkpoint store unavailable');
    expect(await checkpoints.load(checkpointName(crashed))).toBe(2n);
    expect(await rows.get('intake.t-1')).toMatchObject({ notes: 2 });

    const restarted = new TicketBoard(rows);
    await runner(restarted, checkpoints, 2).start();

    expect(restarted.resets).toBe(0);
    expect(restarted.seen.slice(0, 2).map((e) => [e.type, e.position])).toEqual([
      ['test.NoteAdded', 3n],
      ['test.NoteAdded', 4n],
    ]);
    expect(restarted.outcomes.slice(0, 2)).toEqual(['stale', 'stale']);
    expect(await board(rows)).toEqual(await board(reference));
  });

  it("moves its checkpoint past other streams' events it skipped: at its first idle read and at stop, so a restart does not read them again", async () => {
    await appendHistory(events);
    for (let i = 0; i < 5; i++) await events.append(`qa.case-${i}`, [anEvent('test.TicketOpened', { subject: 'not ours' })], { expectedRevision: 'any' });
    const head = async () => (await events.readAll({})).at(-1)?.position;
    const journal: string[] = [];
    const projection = Object.assign(new TicketBoard(rows), { streamPrefixes: ['intake.'] });
    // An hour between idle writes: after the first one, only stop() may store another.
    const r = runner(projection, new ObservedCheckpoints(checkpoints, journal), 3, 3_600_000);
    await r.start();
    await until(() => journal.includes(`checkpoint:${13n}`), 5_000, 'the checkpoint at the head');
    expect(await head()).toBe(13n);

    await events.append('qa.case-9', [anEvent('test.TicketOpened', { subject: 'not ours either' })], { expectedRevision: 'any' });
    await until(() => r.lastPosition === 14n, 5_000, 'the subscription past qa.case-9');
    expect(await checkpoints.load(checkpointName(projection))).toBe(13n);
    await r.stop();
    expect(await checkpoints.load(checkpointName(projection))).toBe(14n);

    const reads: ReadAllOptions[] = [];
    const readAll = events.readAll.bind(events);
    events.readAll = (options: ReadAllOptions = {}) => (reads.push(options), readAll(options));
    const restarted = Object.assign(new TicketBoard(rows), { streamPrefixes: ['intake.'] });
    await runner(restarted).start();
    expect(reads[0].after).toBe(14n);
    expect(restarted.seen).toEqual([]);
    expect(withoutPositions(await board(rows))).toEqual(EXPECTED_BOARD);
  });
});
