import { DuplicateEventIdError } from '@aftersales/eventsourcing';
import {
  AppendExpectedRevision,
  EventData,
  EventStoreDBClient,
  NO_STREAM,
  ReadStreamOptions,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventIdRegistry, eventIdStream } from './event-id-registry';

interface Stored {
  id: string;
  type: string;
  data: unknown;
  revision: bigint;
}

/** Just enough of the client for the registry: per-stream expected revisions and backward reads. */
class FakeClient {
  readonly streams = new Map<string, Stored[]>();

  async appendToStream(stream: string, events: EventData | EventData[], options: { expectedRevision: AppendExpectedRevision }) {
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length === 0 ? NO_STREAM : BigInt(existing.length - 1);
    const expected = options.expectedRevision;
    if ((expected === NO_STREAM && current !== NO_STREAM) || (typeof expected === 'bigint' && current !== expected)) {
      throw new WrongExpectedVersionError(undefined, { streamName: stream, expected, current });
    }
    for (const e of Array.isArray(events) ? events : [events]) {
      existing.push({ id: e.id, type: e.type, data: e.data, revision: BigInt(existing.length) });
    }
    this.streams.set(stream, existing);
    return { success: true, nextExpectedRevision: BigInt(existing.length - 1) };
  }

  readStream(stream: string, options: ReadStreamOptions) {
    const events = this.streams.get(stream);
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return (async function* () {
      if (!events) throw new StreamNotFoundError(undefined, stream);
      for (const e of [...events].reverse().slice(0, maxCount)) yield { event: e };
    })();
  }
}

describe('EventIdRegistry (event ids unique across EventStoreDB streams, ADR 006)', () => {
  let client: FakeClient;
  let registry: EventIdRegistry;
  const [a, b] = ['0193aaaa-0000-7000-8000-000000000001', '0193aaaa-0000-7000-8000-000000000002'];

  beforeEach(() => {
    client = new FakeClient();
    registry = new EventIdRegistry(client as unknown as EventStoreDBClient);
  });

  /** The append the claim stood for, landed in `stream`. */
  const land = (stream: string, id: string) => client.appendToStream(stream, { id, type: 't', data: {} } as EventData, { expectedRevision: 'any' });

  it('claims fresh ids by creating one stream per id', async () => {
    expect(await registry.reserve('intake.c-1', [a, b])).toEqual([
      { id: a, revision: 0n },
      { id: b, revision: 0n },
    ]);
    expect(client.streams.get(eventIdStream(a))?.[0]).toMatchObject({ type: 'aftersales.EventIdReserved', data: { stream: 'intake.c-1' } });
  });

  it('refuses an id that another stream holds and gives back the claims it already made', async () => {
    await registry.reserve('intake.c-1', [a]);
    await land('intake.c-1', a);
    await expect(registry.reserve('intake.c-2', [b, a])).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(registry.reserve('intake.c-2', [a])).rejects.toMatchObject({ code: 'EVENTSTORE.DUPLICATE_EVENT_ID', stream: 'intake.c-2' });
    // b was claimed, then released with the refusal: it can be claimed again.
    expect(await registry.reserve('intake.c-3', [b])).toEqual([{ id: b, revision: 2n }]);
  });

  it('claims a released id again at the exact revision after its release', async () => {
    const claims = await registry.reserve('intake.c-1', [a]);
    await registry.release('intake.c-1', claims);
    expect(await registry.reserve('intake.c-2', [a])).toEqual([{ id: a, revision: 2n }]);
  });

  it('takes over a claim whose append never landed (a crash between claim and append)', async () => {
    await registry.reserve('intake.c-1', [a]);
    expect(await registry.reserve('intake.c-1', [a])).toEqual([{ id: a, revision: 1n }]);
    await land('intake.c-1', a);
    await expect(registry.reserve('intake.c-9', [a])).rejects.toBeInstanceOf(DuplicateEventIdError);
  });

  it('shows the documented race: a second writer takes over a claim whose append has not landed yet', async () => {
    const outcomes = await Promise.allSettled([registry.reserve('intake.c-1', [a]), registry.reserve('intake.c-2', [a])]);
    // The loser finds an unlanded claim and takes it over (the documented race): both succeed,
    // but in order, each at its own revision of the id's stream.
    const revisions = outcomes.map((o) => (o.status === 'fulfilled' ? o.value[0].revision : null));
    expect(revisions.sort()).toEqual([0n, 1n]);
  });
});
