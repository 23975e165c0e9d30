import { DuplicateEventIdError } from '@aftersales/eventsourcing';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  NO_STREAM,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
} from '@eventstore/db-client';
import { EVENT_ID_STREAM_PREFIX } from './mapping';

const RESERVED = 'aftersales.EventIdReserved';
const RELEASED = 'aftersales.EventIdReleased';

/** A claim on one event id, held while its append runs. */
export interface Reservation {
  readonly id: string;
  /** Revision of the reservation event in the id's stream, the expected revision of its release. */
  readonly revision: bigint;
}

export function eventIdStream(id: string): string {
  return `${EVENT_ID_STREAM_PREFIX}${id}`;
}

/**
 * Event ids unique across streams on a store that only checks them per stream (ADR 006): before
 * an append, each id is claimed by creating its own stream (`no_stream`), which exactly one
 * writer can do. A definite refusal of the append releases the claims. A claim whose append never
 * landed (a crash, or an answer lost on the network) is found out when the id comes back: the
 * claim names its stream, and an id that stream does not hold is claimed anew.
 */
export class EventIdRegistry {
  constructor(private readonly client: EventStoreDBClient) {}

  /** Claims every id for `stream`, or none: DuplicateEventIdError when one is stored already. */
  async reserve(stream: string, ids: readonly string[]): Promise<Reservation[]> {
    const outcomes = await Promise.allSettled(ids.map((id) => this.reserveOne(stream, id)));
    const reserved = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) {
      await this.release(stream, reserved);
      throw failure.reason;
    }
    return reserved;
  }

  /** Gives the ids back after an append that certainly wrote nothing. Best effort: a claim left behind is reclaimed later. */
  async release(stream: string, reservations: readonly Reservation[]): Promise<void> {
    await Promise.allSettled(
      reservations.map((r) =>
        this.client.appendToStream(eventIdStream(r.id), jsonEvent({ type: RELEASED, data: { stream } }), {
          expectedRevision: r.revision,
        }),
      ),
    );
  }

  private async reserveOne(stream: string, id: string): Promise<Reservation> {
    let expected: bigint | typeof NO_STREAM = NO_STREAM;
    // Each round follows another writer's claim or release that really happened; a few suffice.
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const result = await this.client.appendToStream(eventIdStream(id), jsonEvent({ type: RESERVED, data: { stream } }), {
          expectedRevision: expected,
        });
        return { id, revision: result.nextExpectedRevision };
      } catch (err) {
        if (!(err instanceof WrongExpectedVersionError)) throw err;
      }
      const last = await this.lastClaim(id);
      if (last === null) {
        expected = NO_STREAM;
        continue;
      }
      if (last.type === RESERVED && (await this.streamHolds(last.stream, id))) throw new DuplicateEventIdError(stream, id);
      // Released, or claimed by an append that never landed: claim it after that event.
      expected = last.revision;
    }
    throw new Error(`could not claim event id ${id} for ${stream}: its claim kept changing`);
  }

  private async lastClaim(id: string): Promise<{ type: string; stream: string; revision: bigint } | null> {
    try {
      for await (const resolved of this.client.readStream(eventIdStream(id), { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        const event = resolved.event;
        if (!event) continue;
        const data = event.data as { stream?: unknown };
        return { type: event.type, stream: String(data.stream), revision: event.revision };
      }
      return null;
    } catch (err) {
      if (err instanceof StreamNotFoundError) return null;
      throw err;
    }
  }

  /** Streams are per case and short: a backward scan finds a recent id at once. */
  private async streamHolds(stream: string, id: string): Promise<boolean> {
    try {
      for await (const resolved of this.client.readStream(stream, { direction: BACKWARDS, fromRevision: END })) {
        if (resolved.event?.id.toLowerCase() === id) return true;
      }
      return false;
    } catch (err) {
      if (err instanceof StreamNotFoundError) return false;
      throw err;
    }
  }
}
